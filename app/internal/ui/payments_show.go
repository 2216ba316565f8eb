package ui

import (
	"net/http"

	"clientportal/app/internal/desk"
	"clientportal/shared/api"
)

// PaymentsForm is the Stripe connection: what is set, the key form, and
// what the server said.
type PaymentsForm struct {
	Settings api.StripeSettings
	Message  *Message
	Errors   map[string]string
}

// showPayments shows whether the workspace takes payments with Stripe.
func (h *Handler) showPayments(w http.ResponseWriter, r *http.Request) {
	if !h.connected(w, r) {
		return
	}
	var f PaymentsForm
	s, err := h.app.StripeSettings(r.Context())
	if err != nil {
		f.Message = &Message{Kind: "error", Text: "Could not load the payment settings: " + desk.UserMessage(err)}
	}
	f.Settings = s
	h.page(w, r, "payments", h.newPage(r, "Payments", "payments", f))
}
