package portal

import (
	"github.com/gofiber/fiber/v2"
)

// useInvoiceLink is the click on "Open": the link is used and the client
// lands on the invoice.
func (s *Server) useInvoiceLink(c *fiber.Ctx) error {
	ns, ok, err := s.consumeLink(c)
	if !ok {
		return err
	}
	return s.startSession(c, ns, "/invoices/"+c.Params("id"))
}
