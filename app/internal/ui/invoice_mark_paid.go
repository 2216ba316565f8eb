package ui

import (
	"net/http"
	"strings"

	"clientportal/app/internal/desk"
	"clientportal/shared/api"
)

// markInvoicePaid records a payment: amount in the currency's units, date and method.
func (h *Handler) markInvoicePaid(w http.ResponseWriter, r *http.Request) {
	cur, err := h.app.Invoice(r.Context(), r.PathValue("id"))
	if err != nil {
		h.message(w, r, "error", "Could not load the invoice: "+desk.UserMessage(err))
		return
	}
	f := PaymentForm{Amount: strings.TrimSpace(r.FormValue("amount")), PaidOn: strings.TrimSpace(r.FormValue("paid_on")), Method: strings.TrimSpace(r.FormValue("method"))}
	amount, perr := parseDecimal(f.Amount, cur.CurrencyExponent)
	if perr != nil {
		f.Errors = map[string]string{"amount": "Give the amount paid as a number, like " + formatDecimal(cur.Total, cur.CurrencyExponent) + "."}
		h.paymentRefused(w, r, cur, f, "Not marked paid: check the amount.")
		return
	}
	v, err := h.app.MarkInvoicePaid(r.Context(), cur.ID, api.Payment{Amount: amount, PaidOn: f.PaidOn, Method: f.Method})
	if err != nil {
		msg, fields := fieldProblems(err)
		f.Errors = fields
		h.paymentRefused(w, r, cur, f, "Not marked paid: "+msg)
		return
	}
	row := InvoiceRow{v}
	trigger(w, "portal-changed")
	h.partial(w, r, "_invoice", h.invoiceView(v, &Message{Kind: "ok", Text: row.NumberLabel() + " is paid."}))
}

// paymentRefused shows the invoice again with the typed payment and its problems.
func (h *Handler) paymentRefused(w http.ResponseWriter, r *http.Request, cur api.Invoice, f PaymentForm, text string) {
	view := h.invoiceView(cur, &Message{Kind: "error", Text: text})
	view.Pay = f
	h.partial(w, r, "_invoice", view)
}
