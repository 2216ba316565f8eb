package api

import "github.com/gofiber/fiber/v2"

// disconnectStripe answers DELETE /api/v1/payments/stripe: the keys are
// forgotten and the portal stops offering Pay.
func (s *Server) disconnectStripe(c *fiber.Ctx) error {
	st, err := s.Payments.Disconnect(c.UserContext(), workspaceID(c))
	if err != nil {
		return err
	}
	return c.JSON(s.stripeSettingsJSON(c, st))
}
