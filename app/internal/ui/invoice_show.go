package ui

import (
	"net/http"

	"clientportal/app/internal/desk"
	"clientportal/shared/api"
)

// InvoiceView is one invoice with its lines and the actions its status allows.
type InvoiceView struct {
	Invoice InvoiceRow
	Lines   []InvoiceLineRow
	Pay     PaymentForm
	CanSave bool
	Message *Message
}

// InvoiceLineRow is a line item with its amounts in the invoice's currency.
type InvoiceLineRow struct {
	api.InvoiceLine
	exp      int
	currency string
}

// UnitPriceLabel is the unit price with its currency.
func (l InvoiceLineRow) UnitPriceLabel() string { return formatMoney(l.UnitPrice, l.currency) }

// TaxRateLabel is the tax rate in percent.
func (l InvoiceLineRow) TaxRateLabel() string { return formatDecimal(int64(l.TaxRateBP), 2) + " %" }

// TotalLabel is the line's total with tax.
func (l InvoiceLineRow) TotalLabel() string { return formatMoney(l.Total, l.currency) }

// PaymentForm is the mark-paid form as typed, with its problems.
type PaymentForm struct {
	Amount, PaidOn, Method string
	Errors                 map[string]string
}

// Draft says the invoice can still be issued.
func (v InvoiceView) Draft() bool { return v.Invoice.Status == api.InvoiceDraft }

// Issued says the invoice waits for payment.
func (v InvoiceView) Issued() bool { return v.Invoice.Status == api.InvoiceIssued }

// showInvoice renders an invoice's detail and actions.
func (h *Handler) showInvoice(w http.ResponseWriter, r *http.Request) {
	v, err := h.app.Invoice(r.Context(), r.PathValue("id"))
	if err != nil {
		h.message(w, r, "error", "Could not load the invoice: "+desk.UserMessage(err))
		return
	}
	h.partial(w, r, "_invoice", h.invoiceView(v, nil))
}

// invoiceView prepares the detail; the payment form starts with the total and today.
func (h *Handler) invoiceView(v api.Invoice, m *Message) InvoiceView {
	out := InvoiceView{Invoice: InvoiceRow{v}, CanSave: h.saver != nil, Message: m}
	due := v.Total
	if v.Remaining > 0 {
		due = v.Remaining // what is left after a part payment
	}
	out.Pay = PaymentForm{Amount: formatDecimal(due, v.CurrencyExponent), PaidOn: h.today()}
	for _, l := range v.Lines {
		out.Lines = append(out.Lines, InvoiceLineRow{InvoiceLine: l, exp: v.CurrencyExponent, currency: v.Currency})
	}
	return out
}

// invoiceChanged shows the invoice after an action, or the reason it failed.
func (h *Handler) invoiceChanged(w http.ResponseWriter, r *http.Request, v api.Invoice, err error, done string) {
	if err != nil {
		cur, lerr := h.app.Invoice(r.Context(), r.PathValue("id"))
		if lerr != nil {
			h.message(w, r, "error", "Not done: "+desk.UserMessage(err))
			return
		}
		h.partial(w, r, "_invoice", h.invoiceView(cur, &Message{Kind: "error", Text: "Not done: " + desk.UserMessage(err)}))
		return
	}
	trigger(w, "portal-changed")
	h.partial(w, r, "_invoice", h.invoiceView(v, &Message{Kind: "ok", Text: done}))
}
