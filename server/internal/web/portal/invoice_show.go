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
	z := s.lz(c)
	p := invoicePage(z, s.appLayout(c, z.T("invoices.invoice_number", "Number", v.Invoice.Number), "/invoices"), v)
	if p.PayLabel = payLabel(z, v.Invoice, s.payOnline(c, ct.WorkspaceID)); p.PayLabel != "" {
		p.CSRF, p.Payable = csrfToken(c), false // Pay through Stripe replaces the owner's link
		allowCheckout(c)
	}
	p.JustPaid = c.Query("paid") == "1"
	return page(c, pageInvoice, p)
}
