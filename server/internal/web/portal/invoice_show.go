package portal

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/web/httpx"
)

// showInvoicePage answers GET /invoices/:id for the invoice's contact.
func (s *Server) showInvoicePage(c *fiber.Ctx) error {
	httpx.NoStore(c)
	ct := currentClient(c)
	v, err := s.Invoices.ForClient(c.UserContext(), ct.WorkspaceID, ct.ID, c.Params("id"))
	if err != nil {
		return err
	}
	return page(c, pageInvoice, invoicePage(s.appLayout(c, "Invoice "+v.Invoice.Number, "/invoices"), v))
}
