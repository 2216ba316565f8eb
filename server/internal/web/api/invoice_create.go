package api

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/shared/api"
)

// createInvoice answers POST /api/v1/invoices: a draft for a contact.
func (s *Server) createInvoice(c *fiber.Ctx) error {
	var in api.InvoiceInput
	if err := parseJSON(c, &in); err != nil {
		return err
	}
	v, err := s.Invoices.Create(c.UserContext(), workspaceID(c), draftInput(in))
	if err != nil {
		return err
	}
	return c.Status(fiber.StatusCreated).JSON(invoiceJSON(v))
}
