package api

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/shared/api"
)

// createMagicLink answers POST /api/v1/contacts/:id/magic-links.
func (s *Server) createMagicLink(c *fiber.Ctx) error {
	url, exp, err := s.Links.NewMagicLink(c.UserContext(), workspaceID(c), c.Params("id"))
	if err != nil {
		return err
	}
	return c.Status(fiber.StatusCreated).JSON(api.MagicLink{URL: url, ExpiresAt: exp})
}
