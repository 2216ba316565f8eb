package desk

import (
	"context"

	"clientportal/app/internal/localdb"
	"clientportal/shared/api"
)

// Workflow fetches one automation.
func (a *App) Workflow(ctx context.Context, id string) (api.Workflow, error) {
	return call(a, func(c *api.Client) (api.Workflow, error) { return c.Workflow(ctx, id) })
}

// CustomValues lists the {{keys}} emails, texts and steps may use.
func (a *App) CustomValues(ctx context.Context) (api.CustomValueList, error) {
	return call(a, func(c *api.Client) (api.CustomValueList, error) { return c.CustomValues(ctx) })
}

// DocumentTemplates lists the workspace's document templates.
func (a *App) DocumentTemplates(ctx context.Context) (api.DocumentTemplateList, error) {
	return call(a, func(c *api.Client) (api.DocumentTemplateList, error) { return c.DocumentTemplates(ctx) })
}

// Webhooks lists the workspace's webhooks.
func (a *App) Webhooks(ctx context.Context) (api.WebhookList, error) {
	return call(a, func(c *api.Client) (api.WebhookList, error) { return c.Webhooks(ctx) })
}

// CreateWebhook adds a webhook; its secret comes back this once. It needs the server.
func (a *App) CreateWebhook(ctx context.Context, in api.WebhookInput) (api.Webhook, error) {
	return call(a, func(c *api.Client) (api.Webhook, error) { return c.CreateWebhook(ctx, in, localdb.NewKey()) })
}

// DeleteWebhook removes a webhook.
func (a *App) DeleteWebhook(ctx context.Context, id string) error {
	_, err := call(a, func(c *api.Client) (struct{}, error) { return done(c.DeleteWebhook(ctx, id)) })
	return err
}

// WebhookDeliveries lists a webhook's deliveries, newest first.
func (a *App) WebhookDeliveries(ctx context.Context, id string) ([]api.WebhookDelivery, error) {
	return call(a, func(c *api.Client) ([]api.WebhookDelivery, error) { return c.WebhookDeliveries(ctx, id) })
}

// RedeliverWebhook posts a delivery's event again.
func (a *App) RedeliverWebhook(ctx context.Context, id, deliveryID string) (api.WebhookDelivery, error) {
	return call(a, func(c *api.Client) (api.WebhookDelivery, error) { return c.RedeliverWebhook(ctx, id, deliveryID) })
}
