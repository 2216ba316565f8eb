package messages

import (
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
