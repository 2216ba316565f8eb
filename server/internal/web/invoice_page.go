package web

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/invoices"
	"clientportal/server/internal/model"
)

// InvoiceLineView is one line of an invoice as the client reads it.
type InvoiceLineView struct {
	Description, Quantity, UnitPrice, Rate, Amount string
}

// InvoicePage is one invoice, laid out like a paper invoice.
type InvoicePage struct {
	Layout
	Row                    InvoiceRow
	ID, IssueDate, DueDate string
	BillTo, BillToEmail    string
	Lines                  []InvoiceLineView
	Subtotal, Tax, Total   string
	Notes, PaymentURL      string
	Paid                   string
	Payable                bool
}

// showInvoicePage answers GET /invoices/:id for the invoice's contact.
func (s *Server) showInvoicePage(c *fiber.Ctx) error {
	noStore(c)
	ct := currentClient(c)
	v, err := s.Invoices.ForClient(c.UserContext(), ct.WorkspaceID, ct.ID, c.Params("id"))
	if err != nil {
		return err
	}
	return page(c, "portal/pages/invoice", invoicePage(s.appLayout(c, "Invoice "+v.Invoice.Number, "/invoices"), v))
}

func invoicePage(l Layout, v invoices.View) InvoicePage {
	inv, cur := v.Invoice, v.Invoice.Currency
	p := InvoicePage{Layout: l, Row: invoiceRow(v), ID: inv.ID, IssueDate: longDate(inv.IssueDate), DueDate: longDate(inv.DueDate),
		BillTo: clientView(v.Contact).Name, BillToEmail: v.Contact.Email,
		Subtotal: invoices.FormatMoney(inv.SubtotalMinor, cur), Tax: invoices.FormatMoney(inv.TaxMinor, cur),
		Total: invoices.FormatMoney(inv.TotalMinor, cur), Notes: inv.Notes,
		Payable: inv.Status == model.InvoiceIssued && inv.PaymentURL != ""}
	if p.Payable {
		p.PaymentURL = inv.PaymentURL
	}
	if inv.Status == model.InvoicePaid {
		p.Paid = "Paid " + invoices.FormatMoney(inv.PaidMinor, cur) + " on " + longDate(inv.PaidOn)
		if inv.PaymentMethod != "" {
			p.Paid += " by " + inv.PaymentMethod
		}
	}
	for _, ln := range v.Lines {
		p.Lines = append(p.Lines, InvoiceLineView{Description: ln.Description, Quantity: invoices.FormatQuantity(ln.QuantityMilli),
			UnitPrice: invoices.FormatMoney(ln.UnitPriceMinor, cur), Rate: invoices.FormatRate(ln.TaxRateBP), Amount: invoices.FormatMoney(ln.NetMinor, cur)})
	}
	return p
}

// downloadInvoicePDF answers GET /invoices/:id/pdf for the invoice's contact.
func (s *Server) downloadInvoicePDF(c *fiber.Ctx) error {
	ct := currentClient(c)
	v, b, err := s.Invoices.PDF(c.UserContext(), ct.WorkspaceID, ct.ID, c.Params("id"))
	if err != nil {
		return err
	}
	return sendInvoicePDF(c, v.Invoice, b)
}
