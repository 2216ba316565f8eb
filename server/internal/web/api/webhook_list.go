package api

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/shared/api"
)

// listWebhooks answers GET /api/v1/webhooks (without secrets).
func (s *Server) listWebhooks(c *fiber.Ctx) error {
	ws, err := s.Webhooks.List(c.UserContext(), workspaceID(c))
	if err != nil {
		return err
	}
	out := api.WebhookList{Webhooks: make([]api.Webhook, len(ws))}
	for i, w := range ws {
		out.Webhooks[i] = webhookJSON(w)
	}
	return c.JSON(out)
}
