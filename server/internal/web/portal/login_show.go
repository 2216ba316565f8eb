package portal

import (
	"clientportal/server/internal/web/httpx"

	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/apperr"
)

// LoginPage is the client login page and its variants.
type LoginPage struct {
	Layout
	Email, Error, Next string
}

// showLogin is the "email me a login link" page.
func (s *Server) showLogin(c *fiber.Ctx) error {
	return page(c, pageLogin, LoginPage{Layout: s.layout(c, s.lz(c).T("auth.log_in")), Next: c.Query("next")})
}

// tooManyLogins answers a flood of login tries for one email address.
func (s *Server) tooManyLogins(c *fiber.Ctx) error {
	return apperr.New(apperr.RateLimited, "%s", s.lz(c).T("auth.too_many_tries"))
}

// rerenderLogin shows a login form again with what went wrong.
func (s *Server) rerenderLogin(c *fiber.Ctx, name Template, title, email string, err error) error {
	status, e := httpx.Classify(err)
	if status >= 500 {
		return err
	}
	msg := e.Message
	for _, why := range e.Fields {
		msg = why
	}
	c.Status(status)
	return page(c, name, LoginPage{Layout: s.layout(c, title), Email: email, Error: s.inClientsWords(c, msg), Next: c.FormValue("next")})
}
