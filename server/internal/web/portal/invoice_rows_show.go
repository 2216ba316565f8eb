package portal

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/web/httpx"
)

// showInvoiceRows answers GET /invoices/rows: the list alone, for live refresh.
func (s *Server) showInvoiceRows(c *fiber.Ctx) error {
	httpx.NoStore(c)
	g, err := s.invoiceGroups(c)
	if err != nil {
		return err
	}
	c.Set(fiber.HeaderContentType, fiber.MIMETextHTMLCharsetUTF8)
	return partial(c, partialInvoices, g)
}
