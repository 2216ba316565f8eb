package api

import "github.com/gofiber/fiber/v2"

// showStripeSettings answers GET /api/v1/payments/stripe.
func (s *Server) showStripeSettings(c *fiber.Ctx) error {
	st, err := s.Payments.Settings(c.UserContext(), workspaceID(c))
	if err != nil {
		return err
	}
	return c.JSON(s.stripeSettingsJSON(c, st))
}
