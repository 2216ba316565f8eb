package api

import (
	"clientportal/server/internal/invoices"
	"clientportal/server/internal/model"
	"clientportal/shared/api"
)

// invoiceJSON is the API shape of an invoice.
func invoiceJSON(v invoices.View) api.Invoice {
	inv := v.Invoice
	exp, _ := invoices.Exponent(inv.Currency)
	out := api.Invoice{ID: inv.ID, Number: inv.Number, Status: api.InvoiceStatus(inv.Status), Overdue: v.Overdue(),
		Contact: contactJSON(v.Contact), Currency: inv.Currency, CurrencyExponent: exp, IssueDate: inv.IssueDate,
		DueDate: inv.DueDate, Lines: make([]api.InvoiceLine, 0, len(v.Lines)), Subtotal: inv.SubtotalMinor, Tax: inv.TaxMinor,
		Total: inv.TotalMinor, Notes: inv.Notes, PaymentURL: inv.PaymentURL, CreatedAt: inv.CreatedAt, IssuedAt: inv.IssuedAt,
		PaidAt: inv.PaidAt, VoidedAt: inv.VoidedAt}
	for _, l := range v.Lines {
		out.Lines = append(out.Lines, api.InvoiceLine{Description: l.Description, Quantity: invoices.FormatQuantity(l.QuantityMilli),
			QuantityMilli: l.QuantityMilli, UnitPrice: l.UnitPriceMinor, TaxRateBP: l.TaxRateBP, Net: l.NetMinor, Tax: l.TaxMinor,
			Total: l.NetMinor + l.TaxMinor})
	}
	if inv.PaidMinor > 0 {
		out.Payment = &api.Payment{Amount: inv.PaidMinor, PaidOn: inv.PaidOn, Method: inv.PaymentMethod}
	}
	out.Paid, out.Remaining, out.Refunded = inv.PaidMinor, invoices.Remaining(inv), inv.RefundedMinor
	if inv.Status == model.InvoiceDraft || inv.Status == model.InvoiceVoid {
		out.Remaining = 0
	}
	out.Payments = make([]api.PaymentRecord, 0, len(v.Payments))
	for _, p := range v.Payments {
		out.PaidOnline = out.PaidOnline || (p.Provider == model.ProviderStripe && p.Kind == model.PaymentKindPayment)
		out.Payments = append(out.Payments, api.PaymentRecord{ID: p.ID, Kind: p.Kind, Provider: p.Provider, Reference: p.Reference,
			Amount: p.AmountMinor, Currency: p.Currency, Method: p.Method, PaidOn: p.PaidOn, Note: p.Note, Overpayment: p.Overpayment,
			CreatedAt: p.CreatedAt})
	}
	return out
}

// draftInput is the invoices service's input for the API's draft body.
func draftInput(in api.InvoiceInput) invoices.DraftInput {
	d := invoices.DraftInput{ContactID: in.ContactID, Currency: in.Currency, IssueDate: in.IssueDate, DueDate: in.DueDate,
		Notes: in.Notes, PaymentURL: in.PaymentURL}
	for _, l := range in.Lines {
		d.Lines = append(d.Lines, invoices.LineInput(l))
	}
	return d
}
