package api

import "github.com/gofiber/fiber/v2"

// deleteRecurringInvoice answers DELETE /api/v1/recurring-invoices/:id: no
// more periods; the invoices already issued stay.
func (s *Server) deleteRecurringInvoice(c *fiber.Ctx) error {
	if err := s.Recurring.Delete(c.UserContext(), workspaceID(c), c.Params("id")); err != nil {
		return err
	}
	return c.SendStatus(fiber.StatusNoContent)
}
