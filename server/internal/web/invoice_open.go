package web

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/invoices"
)

// LinkOpenPage is the one-click page of a login link from an invoice or
// message email: a GET shows it, only the POST uses the link.
type LinkOpenPage struct {
	Layout
	Heading, Lead, Action, Button string
}

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
	name := clientView(st.Contact).FirstName
	return page(c, "portal/pages/invoice_open", LinkOpenPage{Layout: s.layout(c, "Invoice "+v.Invoice.Number),
		Heading: "Invoice " + v.Invoice.Number, Lead: w.Name + " sent you this invoice for " + invoices.FormatMoney(v.Invoice.TotalMinor, v.Invoice.Currency) + ".",
		Action: invoices.LinkPath(id, token), Button: "Open the invoice as " + name})
}

// useInvoiceLink is the click on "Open": the link is used and the client
// lands on the invoice.
func (s *Server) useInvoiceLink(c *fiber.Ctx) error {
	ns, ok, err := s.consumeLink(c)
	if !ok {
		return err
	}
	return s.startSession(c, ns, "/invoices/"+c.Params("id"))
}
