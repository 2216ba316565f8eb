package api

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/payments"
	"clientportal/shared/api"
)

// connectStripe answers PUT /api/v1/payments/stripe: it stores the keys
// (secrets sealed) and shows what is set.
func (s *Server) connectStripe(c *fiber.Ctx) error {
	var in api.StripeKeys
	if err := parseJSON(c, &in); err != nil {
		return err
	}
	st, err := s.Payments.Connect(c.UserContext(), workspaceID(c), payments.Keys(in))
	if err != nil {
		return err
	}
	return c.JSON(s.stripeSettingsJSON(c, st))
}
