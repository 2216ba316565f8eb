package api

import (
	"context"
	"net/http"
	"net/url"
)

// Workflow loads one workflow with its run counts.
func (c *Client) Workflow(ctx context.Context, id string) (Workflow, error) {
	var out Workflow
	err := c.Do(ctx, Request{Method: http.MethodGet, Path: "/api/v1/workflows/" + url.PathEscape(id)}, &out)
	return out, err
}

// CustomValues lists every {{key}} an email, text or step may use.
func (c *Client) CustomValues(ctx context.Context) (CustomValueList, error) {
	var out CustomValueList
	err := c.Do(ctx, Request{Method: http.MethodGet, Path: "/api/v1/custom-values"}, &out)
	return out, err
}

// DocumentTemplates lists the workspace's document templates.
func (c *Client) DocumentTemplates(ctx context.Context) (DocumentTemplateList, error) {
	var out DocumentTemplateList
	err := c.Do(ctx, Request{Method: http.MethodGet, Path: "/api/v1/document-templates"}, &out)
	return out, err
}

// Webhooks lists the workspace's webhooks (without their secrets).
func (c *Client) Webhooks(ctx context.Context) (WebhookList, error) {
	var out WebhookList
	err := c.Do(ctx, Request{Method: http.MethodGet, Path: "/api/v1/webhooks"}, &out)
	return out, err
}

// CreateWebhook adds a webhook; the answer carries its secret, this once.
func (c *Client) CreateWebhook(ctx context.Context, in WebhookInput, idemKey string) (Webhook, error) {
	var out Webhook
	err := c.Do(ctx, Request{Method: http.MethodPost, Path: "/api/v1/webhooks", Body: in, IdempotencyKey: idemKey}, &out)
	return out, err
}

// DeleteWebhook removes a webhook; nothing more is posted to it.
func (c *Client) DeleteWebhook(ctx context.Context, id string) error {
	return c.Do(ctx, Request{Method: http.MethodDelete, Path: "/api/v1/webhooks/" + url.PathEscape(id)}, nil)
}

// WebhookDeliveries lists what was posted, or is being posted, to a webhook.
func (c *Client) WebhookDeliveries(ctx context.Context, id string) ([]WebhookDelivery, error) {
	var out []WebhookDelivery
	err := c.Do(ctx, Request{Method: http.MethodGet, Path: "/api/v1/webhooks/" + url.PathEscape(id) + "/deliveries"}, &out)
	return out, err
}

// RedeliverWebhook posts a delivery's event again, under the same event id.
func (c *Client) RedeliverWebhook(ctx context.Context, id, deliveryID string) (WebhookDelivery, error) {
	var out WebhookDelivery
	err := c.Do(ctx, Request{Method: http.MethodPost,
		Path: "/api/v1/webhooks/" + url.PathEscape(id) + "/deliveries/" + url.PathEscape(deliveryID) + "/redeliver"}, &out)
	return out, err
}
