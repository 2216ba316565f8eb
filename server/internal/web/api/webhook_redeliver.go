package api

import (
	"github.com/gofiber/fiber/v2"
)

// redeliverWebhook answers POST /api/v1/webhooks/:id/deliveries/:deliveryID/redeliver.
func (s *Server) redeliverWebhook(c *fiber.Ctx) error {
	d, err := s.Webhooks.Redeliver(c.UserContext(), workspaceID(c), c.Params("id"), c.Params("deliveryID"))
	if err != nil {
		return err
	}
	return c.Status(fiber.StatusAccepted).JSON(webhookDeliveryJSON(d))
}
