package api

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/shared/api"
)

// listRecurringInvoices answers GET /api/v1/recurring-invoices.
func (s *Server) listRecurringInvoices(c *fiber.Ctx) error {
	vs, err := s.Recurring.List(c.UserContext(), workspaceID(c))
	if err != nil {
		return err
	}
	out := api.RecurringInvoiceList{RecurringInvoices: make([]api.RecurringInvoice, 0, len(vs))}
	for _, v := range vs {
		out.RecurringInvoices = append(out.RecurringInvoices, recurringJSON(v))
	}
	return c.JSON(out)
}
