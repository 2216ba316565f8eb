package api

import (
	"github.com/gofiber/fiber/v2"
)

// deleteWebhook answers DELETE /api/v1/webhooks/:id.
func (s *Server) deleteWebhook(c *fiber.Ctx) error {
	if err := s.Webhooks.Delete(c.UserContext(), workspaceID(c), c.Params("id")); err != nil {
		return err
	}
	return c.SendStatus(fiber.StatusNoContent)
}
