package api

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/shared/api"
)

// listWebhookDeliveries answers GET /api/v1/webhooks/:id/deliveries, newest first.
func (s *Server) listWebhookDeliveries(c *fiber.Ctx) error {
	ds, err := s.Webhooks.Deliveries(c.UserContext(), workspaceID(c), c.Params("id"))
	if err != nil {
		return err
	}
	out := make([]api.WebhookDelivery, len(ds))
	for i, d := range ds {
		out[i] = webhookDeliveryJSON(d)
	}
	return c.JSON(out)
}
