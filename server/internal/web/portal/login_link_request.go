package portal

import (
	"github.com/gofiber/fiber/v2"
)

// requestLoginLink answers the login form the same way whether or not the
// email belongs to a client; floods of requests for one email get 429.
func (s *Server) requestLoginLink(c *fiber.Ctx) error {
	return s.answerLoginRequest(c, loginRequest{tooMany: "auth.too_many_links", send: s.Links.RequestLoginLink,
		sent: func(email string) error {
			return page(c, pageLoginSent, LoginPage{Layout: s.layout(c, s.lz(c).T("auth.sent_title")), Email: email})
		}})
}
