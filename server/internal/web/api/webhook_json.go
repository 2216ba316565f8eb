package api

import (
	"strconv"

	"clientportal/server/internal/model"
	"clientportal/server/internal/webhooks"
	"clientportal/shared/api"
)

// webhookJSON is the API shape of a webhook (the secret only when just made).
func webhookJSON(w webhooks.Webhook) api.Webhook {
	return api.Webhook{ID: w.ID, URL: w.URL, Events: append([]string{}, w.Events...), Secret: w.Secret, CreatedAt: w.CreatedAt}
}

// webhookDeliveryJSON is the API shape of one delivery.
func webhookDeliveryJSON(d model.WebhookDelivery) api.WebhookDelivery {
	return api.WebhookDelivery{ID: d.ID, EventID: strconv.FormatInt(d.EventID, 10), Type: d.Type, State: d.State, Attempts: d.Attempts,
		LastStatus: d.LastStatus, LastError: d.LastError, At: d.UpdatedAt}
}
