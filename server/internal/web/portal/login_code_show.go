package portal

import (
	"github.com/gofiber/fiber/v2"
)

// showLoginCode is the 6-digit code form.
func (s *Server) showLoginCode(c *fiber.Ctx) error {
	return page(c, pageLoginCode, LoginPage{Layout: s.layout(c, s.lz(c).T("auth.code_title")), Email: c.Query("email"), Next: c.Query("next")})
}
