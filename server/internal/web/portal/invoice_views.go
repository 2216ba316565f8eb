package portal

import (
	"clientportal/server/internal/invoices"
	"clientportal/server/internal/web/httpx"
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
	PayLabel, CSRF         string // the Pay button with Stripe, when the workspace takes payments online
	Left, Refunded         string
	JustPaid               bool // back from Stripe Checkout
}

func invoicePage(l Layout, v invoices.View) InvoicePage {
	inv, cur := v.Invoice, v.Invoice.Currency
	p := InvoicePage{Layout: l, Row: invoiceRow(v), ID: inv.ID, IssueDate: longDate(inv.IssueDate), DueDate: longDate(inv.DueDate),
		BillTo: httpx.ClientViewOf(v.Contact).Name, BillToEmail: v.Contact.Email,
		Subtotal: invoices.FormatMoney(inv.SubtotalMinor, cur), Tax: invoices.FormatMoney(inv.TaxMinor, cur),
		Total: invoices.FormatMoney(inv.TotalMinor, cur), Notes: inv.Notes,
		Payable: invoices.Payable(inv) && inv.PaymentURL != ""}
	if p.Payable {
		p.PaymentURL = inv.PaymentURL
	}
	if inv.PaidMinor > 0 {
		p.Paid = "Paid " + invoices.FormatMoney(inv.PaidMinor, cur) + " on " + longDate(inv.PaidOn)
		if inv.PaymentMethod != "" {
			p.Paid += " by " + inv.PaymentMethod
		}
		if left := invoices.Remaining(inv); left > 0 && invoices.Payable(inv) {
			p.Left = invoices.FormatMoney(left, cur) + " left to pay"
		}
	}
	if inv.RefundedMinor > 0 {
		p.Refunded = "Refunded " + invoices.FormatMoney(inv.RefundedMinor, cur)
	}
	for _, ln := range v.Lines {
		p.Lines = append(p.Lines, InvoiceLineView{Description: ln.Description, Quantity: invoices.FormatQuantity(ln.QuantityMilli),
			UnitPrice: invoices.FormatMoney(ln.UnitPriceMinor, cur), Rate: invoices.FormatRate(ln.TaxRateBP), Amount: invoices.FormatMoney(ln.NetMinor, cur)})
	}
	return p
}
