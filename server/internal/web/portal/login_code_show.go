package portal

import (
	"github.com/gofiber/fiber/v2"
)

// showLoginCode is the 6-digit code form.
func (s *Server) showLoginCode(c *fiber.Ctx) error {
	return page(c, pageLoginCode, LoginPage{Layout: s.layout(c, "Enter your code"), Email: c.Query("email"), Next: c.Query("next")})
}
