package api

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/shared/api"
)

// createWebhook answers POST /api/v1/webhooks; the answer shows the
// signing secret, this once.
func (s *Server) createWebhook(c *fiber.Ctx) error {
	var in api.WebhookInput
	if err := parseJSON(c, &in); err != nil {
		return err
	}
	w, err := s.Webhooks.Create(c.UserContext(), workspaceID(c), in.URL, in.Events)
	if err != nil {
		return err
	}
	return c.Status(fiber.StatusCreated).JSON(webhookJSON(w))
}
