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
	if inv.Status == model.InvoicePaid {
		out.Payment = &api.Payment{Amount: inv.PaidMinor, PaidOn: inv.PaidOn, Method: inv.PaymentMethod}
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
