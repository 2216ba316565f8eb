package api

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/recurring"
	"clientportal/shared/api"
)

// createRecurringInvoice answers POST /api/v1/recurring-invoices.
func (s *Server) createRecurringInvoice(c *fiber.Ctx) error {
	var in api.RecurringInvoiceInput
	if err := parseJSON(c, &in); err != nil {
		return err
	}
	v, err := s.Recurring.Create(c.UserContext(), workspaceID(c), recurring.Input{ContactID: in.ContactID, Currency: in.Currency,
		Lines: lineInputs(in.Lines), Notes: in.Notes, Every: in.Interval, StartsOn: in.StartsOn, Count: in.Count, DueDays: in.DueDays})
	if err != nil {
		return err
	}
	return c.Status(fiber.StatusCreated).JSON(recurringJSON(v))
}
