package portal

import (
	"time"

	"clientportal/server/internal/i18n"
	"clientportal/server/internal/invoices"
	"clientportal/server/internal/web/httpx"
)

// InvoiceLineView is one line of an invoice as the client reads it; the
// page writes its amounts in the client's conventions.
type InvoiceLineView struct {
	Description, Quantity, Rate string
	UnitPriceMinor, AmountMinor int64
}

// InvoicePage is one invoice, laid out like a paper invoice.
type InvoicePage struct {
	Layout
	Row                                 InvoiceRow
	ID                                  string
	IssueDate, DueDate                  time.Time
	BillTo, BillToEmail                 string
	Lines                               []InvoiceLineView
	Currency                            string
	SubtotalMinor, TaxMinor, TotalMinor int64
	Notes, PaymentURL                   string
	Paid                                string
	Payable                             bool
	PayLabel, CSRF                      string // the Pay button with Stripe, when the workspace takes payments online
	Left, Refunded                      string
	JustPaid                            bool // back from Stripe Checkout
}

func invoicePage(z *i18n.Localizer, l Layout, v invoices.View) InvoicePage {
	inv, cur := v.Invoice, v.Invoice.Currency
	p := InvoicePage{Layout: l, Row: invoiceRow(z, v), ID: inv.ID, IssueDate: dayOf(inv.IssueDate), DueDate: dayOf(inv.DueDate),
		BillTo: httpx.ClientViewOf(v.Contact).Name, BillToEmail: v.Contact.Email, Currency: cur,
		SubtotalMinor: inv.SubtotalMinor, TaxMinor: inv.TaxMinor, TotalMinor: inv.TotalMinor, Notes: inv.Notes,
		Payable: invoices.Payable(inv) && inv.PaymentURL != ""}
	if p.Payable {
		p.PaymentURL = inv.PaymentURL
	}
	if inv.PaidMinor > 0 {
		paid, on := z.Money(inv.PaidMinor, cur), z.Date(dayOf(inv.PaidOn))
		p.Paid = z.T("invoices.paid_on", "Amount", paid, "Date", on)
		if inv.PaymentMethod != "" {
			p.Paid = z.T("invoices.paid_on_by", "Amount", paid, "Date", on, "Method", inv.PaymentMethod)
		}
		if left := invoices.Remaining(inv); left > 0 && invoices.Payable(inv) {
			p.Left = z.T("invoices.left_to_pay", "Amount", z.Money(left, cur))
		}
	}
	if inv.RefundedMinor > 0 {
		p.Refunded = z.T("invoices.refunded_amount", "Amount", z.Money(inv.RefundedMinor, cur))
	}
	for _, ln := range v.Lines {
		p.Lines = append(p.Lines, InvoiceLineView{Description: ln.Description, Quantity: quantity(z, ln.QuantityMilli),
			UnitPriceMinor: ln.UnitPriceMinor, Rate: invoices.FormatRate(ln.TaxRateBP), AmountMinor: ln.NetMinor})
	}
	return p
}

// quantity writes a whole quantity with the language's digits, and a
// fractional one as the invoice does.
func quantity(z *i18n.Localizer, milli int64) string {
	if milli%1000 == 0 {
		return z.Number(int(milli / 1000))
	}
	return invoices.FormatQuantity(milli)
}
