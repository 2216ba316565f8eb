package portal

import (
	"time"

	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/apperr"
)

// requestLoginText answers "Text me a code" the same way whether or not the
// email belongs to a client with a phone; it shares the emailed links'
// limit per address.
func (s *Server) requestLoginText(c *fiber.Ctx) error {
	w, _ := currentWorkspace(c)
	email := c.FormValue("email")
	if email == "" || len(email) > 254 {
		c.Status(fiber.StatusUnprocessableEntity)
		return page(c, pageLogin, LoginPage{Layout: s.layout(c, "Log in"), Error: "Enter your email address."})
	}
	if !s.AllowEmail(c, w.ID, email, 5, 15*time.Minute) {
		return apperr.New(apperr.RateLimited, "We already sent several codes for this address. Check your phone, or wait 15 minutes and try again.")
	}
	s.Texts.RequestLoginCode(c.UserContext(), w.ID, email)
	return page(c, pageLoginTextSent, LoginPage{Layout: s.layout(c, "Check your phone"), Email: email, Next: c.FormValue("next")})
}
