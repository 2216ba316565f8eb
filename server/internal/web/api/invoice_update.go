package api

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/shared/api"
)

// updateInvoice answers PUT /api/v1/invoices/:id: replaces a draft.
func (s *Server) updateInvoice(c *fiber.Ctx) error {
	var in api.InvoiceInput
	if err := parseJSON(c, &in); err != nil {
		return err
	}
	v, err := s.Invoices.Update(c.UserContext(), workspaceID(c), c.Params("id"), draftInput(in))
	if err != nil {
		return err
	}
	return c.JSON(invoiceJSON(v))
}
