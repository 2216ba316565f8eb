package api

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
	case model.InvoiceDraft, model.InvoiceIssued, model.InvoicePartiallyPaid, model.InvoicePaid, model.InvoicePartiallyRefunded,
		model.InvoiceRefunded, model.InvoiceVoid:
		f.Statuses = []string{st}
	default:
		return fiber.NewError(fiber.StatusBadRequest, "status must be draft, issued, partially_paid, paid, partially_refunded, refunded or void.")
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
