package ui

import (
	"net/http"
	"strings"

	"clientportal/shared/api"
)

// connectStripe saves the Stripe keys typed in the form; they are never
// shown again, only their last 4 characters.
func (h *Handler) connectStripe(w http.ResponseWriter, r *http.Request) {
	k := api.StripeKeys{SecretKey: strings.TrimSpace(r.FormValue("secret_key")), PublishableKey: strings.TrimSpace(r.FormValue("publishable_key")),
		WebhookSecret: strings.TrimSpace(r.FormValue("webhook_secret"))}
	var f PaymentsForm
	s, err := h.app.ConnectStripe(r.Context(), k)
	if err != nil {
		msg, fields := fieldProblems(err)
		f.Message, f.Errors = &Message{Kind: "error", Text: "Not connected: " + msg}, fields
		f.Settings, _ = h.app.StripeSettings(r.Context())
		h.partial(w, r, "_payments", f)
		return
	}
	f.Settings = s
	mode := "live"
	if s.TestMode {
		mode = "test"
	}
	f.Message = &Message{Kind: "ok", Text: "Connected in " + mode + " mode. Issued invoices now show a Pay button to clients."}
	h.partial(w, r, "_payments", f)
}

// disconnectStripe forgets the keys: the portal stops offering Pay.
func (h *Handler) disconnectStripe(w http.ResponseWriter, r *http.Request) {
	var f PaymentsForm
	s, err := h.app.DisconnectStripe(r.Context())
	if err != nil {
		msg, _ := fieldProblems(err)
		f.Message = &Message{Kind: "error", Text: "Not disconnected: " + msg}
		f.Settings, _ = h.app.StripeSettings(r.Context())
		h.partial(w, r, "_payments", f)
		return
	}
	f.Settings = s
	f.Message = &Message{Kind: "ok", Text: "Disconnected. Clients no longer see a Pay button; payments already recorded stay."}
	h.partial(w, r, "_payments", f)
}
