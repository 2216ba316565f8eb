package portal

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/i18n"
)

// Localized binds a page's data to the language it is rendered in; the
// server's views pick that language's templates.
type Localized struct {
	Lang string
	Data any
}

// langOf is the language of the request: the signed-in client's choice on
// their profile, else the browser's Accept-Language, else the workspace's
// default. It is worked out once per request.
func langOf(c *fiber.Ctx) string {
	if code, ok := c.Locals("lang").(string); ok {
		return code
	}
	w, _ := currentWorkspace(c)
	code := i18n.Choose(currentClient(c).Language, c.Get(fiber.HeaderAcceptLanguage), w.Language)
	c.Locals("lang", code)
	return code
}

// lz is the localizer of the request's language, for the words a handler
// writes itself (titles, headings, errors, notices).
func (s *Server) lz(c *fiber.Ctx) *i18n.Localizer { return s.I18n.For(langOf(c)) }
