package api

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/web/httpx"
)

// downloadInvoiceForOwner answers GET /api/v1/invoices/:id/pdf.
func (s *Server) downloadInvoiceForOwner(c *fiber.Ctx) error {
	v, b, err := s.Invoices.PDF(c.UserContext(), workspaceID(c), "", c.Params("id"))
	if err != nil {
		return err
	}
	return httpx.SendInvoicePDF(c, v.Invoice, b)
}
