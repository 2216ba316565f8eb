package api

import "github.com/gofiber/fiber/v2"

// showRecurringInvoice answers GET /api/v1/recurring-invoices/:id.
func (s *Server) showRecurringInvoice(c *fiber.Ctx) error {
	v, err := s.Recurring.Get(c.UserContext(), workspaceID(c), c.Params("id"))
	if err != nil {
		return err
	}
	return c.JSON(recurringJSON(v))
}
