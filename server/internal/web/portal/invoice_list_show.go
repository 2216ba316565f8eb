package portal

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/web/httpx"
)

// showInvoices answers GET /invoices for the signed-in client.
func (s *Server) showInvoices(c *fiber.Ctx) error {
	httpx.NoStore(c)
	g, err := s.invoiceGroups(c)
	if err != nil {
		return err
	}
	if g.PayOnline {
		allowCheckout(c)
	}
	return page(c, pageInvoices, InvoicesPage{Layout: s.appLayout(c, "Invoices", "/invoices"), Groups: g})
}
