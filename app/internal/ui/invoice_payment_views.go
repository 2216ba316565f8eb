package ui

import "clientportal/shared/api"

// Payable says the invoice still waits for (more) money: issued, or paid in part.
func (v InvoiceView) Payable() bool {
	s := v.Invoice.Status
	return s == api.InvoiceIssued || s == api.InvoicePartiallyPaid
}

// PaidLabel is what was received so far, or "" when nothing was.
func (v InvoiceRow) PaidLabel() string {
	if v.Paid == 0 {
		return ""
	}
	return v.money(v.Paid)
}

// RemainingLabel is what is left to pay, or "" when nothing is.
func (v InvoiceRow) RemainingLabel() string {
	if v.Remaining == 0 {
		return ""
	}
	return v.money(v.Remaining)
}

// RefundedLabel is what was refunded, or "" when nothing was.
func (v InvoiceRow) RefundedLabel() string {
	if v.Refunded == 0 {
		return ""
	}
	return v.money(v.Refunded)
}

// PaymentRows are the payments and refunds, each in the invoice's currency.
func (v InvoiceRow) PaymentRows() []PaymentRow {
	out := make([]PaymentRow, 0, len(v.Payments))
	for _, p := range v.Payments {
		out = append(out, PaymentRow{PaymentRecord: p, AmountLabel: v.money(p.Amount)})
	}
	return out
}

// PaymentRow is one payment or refund as the invoice shows it.
type PaymentRow struct {
	api.PaymentRecord
	AmountLabel string
}

// Online says Stripe took the payment in the portal.
func (p PaymentRow) Online() bool { return p.Provider == "stripe" }
