package api

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/invoices"
	"clientportal/shared/api"
)

// markInvoicePaid answers POST /api/v1/invoices/:id/mark-paid.
func (s *Server) markInvoicePaid(c *fiber.Ctx) error {
	var p api.Payment
	if err := parseJSON(c, &p); err != nil {
		return err
	}
	v, err := s.Invoices.MarkPaid(c.UserContext(), workspaceID(c), c.Params("id"), invoices.Payment(p))
	if err != nil {
		return err
	}
	return c.JSON(invoiceJSON(v))
}
