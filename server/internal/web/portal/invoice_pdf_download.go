package portal

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/web/httpx"
)

// downloadInvoicePDF answers GET /invoices/:id/pdf for the invoice's contact.
func (s *Server) downloadInvoicePDF(c *fiber.Ctx) error {
	ct := currentClient(c)
	v, b, err := s.Invoices.PDF(c.UserContext(), ct.WorkspaceID, ct.ID, c.Params("id"))
	if err != nil {
		return err
	}
	return httpx.SendInvoicePDF(c, v.Invoice, b)
}
