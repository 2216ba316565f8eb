package api

import (
	"github.com/gofiber/fiber/v2"
)

// removeLogo answers DELETE /api/v1/portal/logo: pages show the initial again.
func (s *Server) removeLogo(c *fiber.Ctx) error {
	if err := s.Branding.RemoveLogo(c.UserContext(), workspaceID(c)); err != nil {
		return err
	}
	return c.SendStatus(fiber.StatusNoContent)
}
