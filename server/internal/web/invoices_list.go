package web

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/model"
	"clientportal/shared/api"
)

// listInvoices answers GET /api/v1/invoices?status=&contact_id=.
func (s *Server) listInvoices(c *fiber.Ctx) error {
	f := model.InvoiceFilter{ContactID: c.Query("contact_id")}
	switch st := c.Query("status"); st {
	case "":
	case model.InvoiceDraft, model.InvoiceIssued, model.InvoicePaid, model.InvoiceVoid:
		f.Statuses = []string{st}
	default:
		return fiber.NewError(fiber.StatusBadRequest, "status must be draft, issued, paid or void.")
	}
	vs, err := s.Invoices.List(c.UserContext(), workspaceID(c), f)
	if err != nil {
		return err
	}
	out := api.InvoiceList{Invoices: make([]api.Invoice, 0, len(vs))}
	for _, v := range vs {
		out.Invoices = append(out.Invoices, invoiceJSON(v))
	}
	return c.JSON(out)
}

// showInvoice answers GET /api/v1/invoices/:id.
func (s *Server) showInvoice(c *fiber.Ctx) error {
	v, err := s.Invoices.Get(c.UserContext(), workspaceID(c), c.Params("id"))
	if err != nil {
		return err
	}
	return c.JSON(invoiceJSON(v))
}

// downloadInvoiceForOwner answers GET /api/v1/invoices/:id/pdf.
func (s *Server) downloadInvoiceForOwner(c *fiber.Ctx) error {
	v, b, err := s.Invoices.PDF(c.UserContext(), workspaceID(c), "", c.Params("id"))
	if err != nil {
		return err
	}
	return sendInvoicePDF(c, v.Invoice, b)
}

// sendInvoicePDF answers with an invoice's PDF to save.
func sendInvoicePDF(c *fiber.Ctx, inv model.Invoice, b []byte) error {
	name := "Invoice " + inv.Number
	if inv.Number == "" {
		name = "Draft invoice"
	}
	noStore(c)
	c.Set(fiber.HeaderContentType, "application/pdf")
	c.Set(fiber.HeaderContentDisposition, `attachment; filename="`+asciiFileName(name+".pdf")+`"`)
	c.Set("X-Content-Type-Options", "nosniff")
	return c.Send(b)
}
