package portal

import (
	"time"

	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/apperr"
)

// requestLoginLink answers the login form the same way whether or not the
// email belongs to a client; floods of requests for one email get 429.
func (s *Server) requestLoginLink(c *fiber.Ctx) error {
	w, _ := currentWorkspace(c)
	email := c.FormValue("email")
	if email == "" || len(email) > 254 {
		c.Status(fiber.StatusUnprocessableEntity)
		return page(c, pageLogin, LoginPage{Layout: s.layout(c, "Log in"), Error: "Enter your email address."})
	}
	if !s.AllowEmail(c, w.ID, email, 5, 15*time.Minute) {
		return apperr.New(apperr.RateLimited, "We already sent several links to this address. Check your inbox, or wait 15 minutes and try again.")
	}
	s.Links.RequestLoginLink(c.UserContext(), w.ID, email)
	return page(c, pageLoginSent, LoginPage{Layout: s.layout(c, "Check your email"), Email: email})
}
