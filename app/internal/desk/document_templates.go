package desk

import (
	"context"

	"clientportal/app/internal/localdb"
	"clientportal/shared/api"
)

// DocumentTemplate fetches one document template.
func (a *App) DocumentTemplate(ctx context.Context, id string) (api.DocumentTemplate, error) {
	return call(a, func(c *api.Client) (api.DocumentTemplate, error) { return c.DocumentTemplate(ctx, id) })
}

// UploadDocumentTemplate creates a template from a PDF; it needs the server.
func (a *App) UploadDocumentTemplate(ctx context.Context, in api.NewDocumentTemplate) (api.DocumentTemplate, error) {
	t, err := call(a, func(c *api.Client) (api.DocumentTemplate, error) { return c.UploadDocumentTemplate(ctx, in) })
	if err == nil {
		a.Live.Changed("")
	}
	return t, err
}

// SendDocumentTemplate makes a document of a template, a contact per role, and sends it.
func (a *App) SendDocumentTemplate(ctx context.Context, id, title string, signers map[string]string) (api.Document, error) {
	d, err := call(a, func(c *api.Client) (api.Document, error) {
		return c.SendDocumentTemplate(ctx, id, title, signers, localdb.NewKey())
	})
	if err == nil {
		a.Live.Changed("")
	}
	return d, err
}

// BulkSendDocumentTemplate queues a document of a one-role template per contact.
func (a *App) BulkSendDocumentTemplate(ctx context.Context, id, title string, contactIDs []string) (api.BatchQueued, error) {
	return call(a, func(c *api.Client) (api.BatchQueued, error) {
		return c.BulkSendDocumentTemplate(ctx, id, title, contactIDs, localdb.NewKey())
	})
}

// DocumentBatch fetches a bulk send with each contact's status.
func (a *App) DocumentBatch(ctx context.Context, id string) (api.DocumentBatch, error) {
	return call(a, func(c *api.Client) (api.DocumentBatch, error) { return c.DocumentBatch(ctx, id) })
}

// SigningDefaults fetches the workspace's default reminders and expiry.
func (a *App) SigningDefaults(ctx context.Context) (api.DocumentSendOptions, error) {
	return call(a, func(c *api.Client) (api.DocumentSendOptions, error) { return c.SigningDefaults(ctx) })
}

// UpdateSigningDefaults changes the workspace's default reminders and expiry.
func (a *App) UpdateSigningDefaults(ctx context.Context, in api.DocumentSendOptions) (api.DocumentSendOptions, error) {
	return call(a, func(c *api.Client) (api.DocumentSendOptions, error) { return c.UpdateSigningDefaults(ctx, in) })
}
