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
	speakTo(c, st.Contact)
	z, name := s.lz(c), httpx.ClientViewOf(st.Contact).FirstName
	title := z.T("invoices.invoice_number", "Number", v.Invoice.Number)
	return page(c, pageLinkOpen, LinkOpenPage{Layout: s.layout(c, title), Heading: title,
		Lead:   z.T("invoices.link_lead", "Workspace", w.Name, "Amount", z.Money(v.Invoice.TotalMinor, v.Invoice.Currency)),
		Action: invoices.LinkPath(id, token), Button: z.T("invoices.link_button", "Name", name), Name: name})
}
