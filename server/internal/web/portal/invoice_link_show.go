package portal

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/invoices"
	"clientportal/server/internal/web/httpx"
)

// showInvoiceLink answers GET /invoices/:id/open/:token without using the link.
func (s *Server) showInvoiceLink(c *fiber.Ctx) error {
	w, _ := currentWorkspace(c)
	token, id := c.Params("token"), c.Params("id")
	st, ok, err := s.inspectLink(c)
	if !ok {
		return err
	}
	v, err := s.Invoices.ForClient(c.UserContext(), w.ID, st.Contact.ID, id)
	if err != nil {
		return err
	}
	name := httpx.ClientViewOf(st.Contact).FirstName
	return page(c, pageLinkOpen, LinkOpenPage{Layout: s.layout(c, "Invoice "+v.Invoice.Number),
		Heading: "Invoice " + v.Invoice.Number, Lead: w.Name + " sent you this invoice for " + invoices.FormatMoney(v.Invoice.TotalMinor, v.Invoice.Currency) + ".",
		Action: invoices.LinkPath(id, token), Button: "Open the invoice as " + name, Name: name})
}
