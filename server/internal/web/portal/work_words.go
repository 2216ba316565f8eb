package portal

import (
	"time"

	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/i18n"
	"clientportal/server/internal/model"
)

// of is the moment at t in m's zone and language.
func (m Moment) of(t time.Time) Moment {
	m.At = t
	return m
}

// clientWhen writes an instant in the signed-in client's zone and language
// ("1. Dezember 2026, 15:04 CET"), or "" for none.
func (s *Server) clientWhen(c *fiber.Ctx, t *time.Time) string {
	if t == nil {
		return ""
	}
	return s.moment(c, *t, currentClient(c).TimeZone).String()
}

// speakTo makes the rest of the request speak the language of the contact
// a one-time link belongs to, before they are signed in.
func speakTo(c *fiber.Ctx, ct model.Contact) {
	w, _ := currentWorkspace(c)
	c.Locals("lang", i18n.Choose(ct.Language, c.Get(fiber.HeaderAcceptLanguage), w.Language))
}

// dayOf reads an invoice's YYYY-MM-DD date; a date that does not parse is
// the zero time.
func dayOf(d string) time.Time {
	t, _ := time.Parse(time.DateOnly, d)
	return t
}
