package portal

import (
	"github.com/gofiber/fiber/v2"
)

// requestLoginText answers "Text me a code" the same way whether or not the
// email belongs to a client with a phone; it shares the emailed links'
// limit per address.
func (s *Server) requestLoginText(c *fiber.Ctx) error {
	return s.answerLoginRequest(c, loginRequest{tooMany: "auth.too_many_codes", send: s.Texts.RequestLoginCode,
		sent: func(email string) error {
			return page(c, pageLoginTextSent, LoginPage{Layout: s.layout(c, s.lz(c).T("auth.phone_title")), Email: email, Next: c.FormValue("next")})
		}})
}
