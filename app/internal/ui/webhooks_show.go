package ui

import (
	"net/http"
	"strings"

	"clientportal/app/internal/desk"
	"clientportal/shared/api"
)

// WebhookPage is the webhooks screen: the form to add one, the list, and
// the secret of the one just added (shown this once).
type WebhookPage struct {
	Items   []api.Webhook
	Events  []string
	Chosen  map[string]bool
	URL     string
	Secret  *api.Webhook
	Errors  map[string]string
	Message *Message
}

// showWebhooks shows the webhooks page.
func (h *Handler) showWebhooks(w http.ResponseWriter, r *http.Request) {
	if !h.connected(w, r) {
		return
	}
	h.page(w, r, "webhooks", h.newPage(r, "Webhooks", "webhooks", h.webhookPage(r)))
}

func (h *Handler) webhookPage(r *http.Request) WebhookPage {
	p := WebhookPage{Events: api.WebhookEvents, Chosen: map[string]bool{}, Errors: map[string]string{}}
	l, err := h.app.Webhooks(r.Context())
	if err != nil {
		p.Message = &Message{Kind: "error", Text: "Could not load the webhooks: " + desk.UserMessage(err)}
		return p
	}
	p.Items = l.Webhooks
	return p
}

// createWebhook adds a webhook and shows its secret once; on bad input the
// form comes back with what was typed and the error by its field.
func (h *Handler) createWebhook(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		http.Error(w, "bad form", http.StatusBadRequest)
		return
	}
	in := api.WebhookInput{URL: strings.TrimSpace(r.PostFormValue("url")), Events: r.PostForm["event"]}
	hook, err := h.app.CreateWebhook(r.Context(), in)
	p := h.webhookPage(r)
	if err != nil {
		msg, fields := fieldProblems(err)
		p.URL, p.Errors, p.Message = in.URL, fields, &Message{Kind: "error", Text: "Not added: " + msg}
		if fields == nil {
			p.Errors = map[string]string{}
		}
		for _, e := range in.Events {
			p.Chosen[e] = true
		}
	} else {
		p.Secret = &hook
	}
	h.partial(w, r, "_webhooks", p)
}

// deleteWebhook removes a webhook.
func (h *Handler) deleteWebhook(w http.ResponseWriter, r *http.Request) {
	err := h.app.DeleteWebhook(r.Context(), r.PathValue("id"))
	p := h.webhookPage(r)
	if err != nil {
		p.Message = &Message{Kind: "error", Text: "Not deleted: " + desk.UserMessage(err)}
	} else {
		p.Message = &Message{Kind: "ok", Text: "Deleted: nothing more is posted to it."}
	}
	h.partial(w, r, "_webhooks", p)
}

// WebhookDeliveries is one webhook's deliveries.
type WebhookDeliveries struct {
	WebhookID string
	Items     []api.WebhookDelivery
	Message   *Message
}

// showWebhookDeliveries answers a webhook's deliveries alone.
func (h *Handler) showWebhookDeliveries(w http.ResponseWriter, r *http.Request) {
	h.partial(w, r, "_webhook_deliveries", h.webhookDeliveries(r, nil))
}

func (h *Handler) webhookDeliveries(r *http.Request, msg *Message) WebhookDeliveries {
	out := WebhookDeliveries{WebhookID: r.PathValue("id"), Message: msg}
	ds, err := h.app.WebhookDeliveries(r.Context(), out.WebhookID)
	if err != nil {
		out.Message = &Message{Kind: "error", Text: "Could not load the deliveries: " + desk.UserMessage(err)}
		return out
	}
	out.Items = ds
	return out
}

// redeliverWebhook posts a delivery's event again, under its event id.
func (h *Handler) redeliverWebhook(w http.ResponseWriter, r *http.Request) {
	_, err := h.app.RedeliverWebhook(r.Context(), r.PathValue("id"), r.PathValue("delivery"))
	msg := &Message{Kind: "ok", Text: "Queued again: the receiver gets the same event id."}
	if err != nil {
		msg = &Message{Kind: "error", Text: "Not redelivered: " + desk.UserMessage(err)}
	}
	h.partial(w, r, "_webhook_deliveries", h.webhookDeliveries(r, msg))
}
