package portal

import (
	"github.com/gofiber/fiber/v2"
)

// showLoginPassword is the password form.
func (s *Server) showLoginPassword(c *fiber.Ctx) error {
	return page(c, pageLoginPassword, LoginPage{Layout: s.layout(c, s.lz(c).T("auth.with_password")), Next: c.Query("next")})
}
