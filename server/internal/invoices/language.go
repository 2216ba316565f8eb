package invoices

import (
	"strings"
	"time"

	"clientportal/server/internal/i18n"
	"clientportal/server/internal/model"
)

// UseCatalog gives the service the message catalogues its client emails
// are written from.
func (s *Service) UseCatalog(c *i18n.Catalog) { s.catalog = c }

// wordsFor is the language of the emails to a contact: their own choice,
// else the workspace's language, else English.
func (s *Service) wordsFor(w model.Workspace, c model.Contact) *i18n.Localizer {
	return s.catalog.For(i18n.Choose(c.Language, "", w.Language))
}

// greeting is the first line of an email to a contact, in z's language.
func greeting(z *i18n.Localizer, c model.Contact) string {
	if strings.TrimSpace(c.Name) == "" {
		return z.T("work_email.hi_anon")
	}
	return z.T("work_email.hi", "Name", c.FirstName())
}

// dueDay writes an invoice's YYYY-MM-DD date in z's language.
func dueDay(z *i18n.Localizer, date string) string {
	t, err := time.Parse(time.DateOnly, date)
	if err != nil {
		return date
	}
	return z.Date(t)
}
