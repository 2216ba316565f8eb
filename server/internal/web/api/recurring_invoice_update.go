package api

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/recurring"
	"clientportal/shared/api"
)

// updateRecurringInvoice answers PATCH /api/v1/recurring-invoices/:id.
func (s *Server) updateRecurringInvoice(c *fiber.Ctx) error {
	var ch api.RecurringInvoiceChange
	if err := parseJSON(c, &ch); err != nil {
		return err
	}
	v, err := s.Recurring.Update(c.UserContext(), workspaceID(c), c.Params("id"),
		recurring.Change{Paused: ch.Paused, Lines: lineInputs(ch.Lines), Notes: ch.Notes})
	if err != nil {
		return err
	}
	return c.JSON(recurringJSON(v))
}
