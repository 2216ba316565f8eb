package web

import (
	"github.com/gofiber/fiber/v2"
)

// maxWebhookBody is the largest Stripe event accepted.
const maxWebhookBody = 512 << 10

// receiveStripeWebhook answers POST /webhooks/stripe/:workspace: 200 once the
// event is verified with the workspace's signing secret and handled (also
// when it records nothing), 400 for a bad or stale signature.
func (s *Server) receiveStripeWebhook(c *fiber.Ctx) error {
	body := c.Body()
	if len(body) > maxWebhookBody {
		return fiber.NewError(fiber.StatusRequestEntityTooLarge, "A Stripe event is never this large.")
	}
	err := s.Payments.HandleWebhook(c.UserContext(), c.Params("workspace"), body, c.Get("Stripe-Signature"))
	if err != nil {
		return err
	}
	return c.JSON(fiber.Map{"received": true})
}
