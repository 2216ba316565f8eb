package desk

import (
	"context"
	"log/slog"

	"clientportal/shared/api"
)

// UpdateSettings changes the workspace's name or accent colour; it needs the server.
func (a *App) UpdateSettings(ctx context.Context, in api.PortalSettings) (api.Portal, error) {
	c, err := a.Current()
	if err != nil {
		return api.Portal{}, err
	}
	p, err := c.Client.UpdateSettings(ctx, in)
	a.observe(err)
	if err == nil {
		_ = a.DB.SaveSnapshot(ctx, c.Account.ID, snapPortal, p)
		a.renameAccount(c.Account.ID, p.Workspace.Name)
		a.Live.Changed("")
	}
	return p, err
}

// renameAccount keeps the saved account's workspace name in step with the server.
func (a *App) renameAccount(id, name string) {
	acc, token, ok := a.Accounts.Active()
	if !ok || acc.ID != id || name == "" || acc.WorkspaceName == name {
		return
	}
	acc.WorkspaceName = name
	if err := a.Accounts.Save(acc, token); err != nil {
		slog.Error("rename saved account", "account", id, "err", err)
	}
}

// UploadLogo makes a PNG or JPEG the workspace's logo; it needs the server.
func (a *App) UploadLogo(ctx context.Context, fileName string, data []byte) (api.Logo, error) {
	c, err := a.Current()
	if err != nil {
		return api.Logo{}, err
	}
	l, err := c.Client.UploadLogo(ctx, fileName, data)
	a.observe(err)
	return l, err
}

// EmailTemplate fetches the wording of the invitation or login email.
func (a *App) EmailTemplate(ctx context.Context, kind string) (api.EmailTemplate, error) {
	c, err := a.Current()
	if err != nil {
		return api.EmailTemplate{}, err
	}
	t, err := c.Client.EmailTemplate(ctx, kind)
	a.observe(err)
	return t, err
}

// EmailTemplateIn fetches the wording of an email for the clients of one
// language ("" is the workspace's default language).
func (a *App) EmailTemplateIn(ctx context.Context, kind, language string) (api.EmailTemplate, error) {
	c, err := a.Current()
	if err != nil {
		return api.EmailTemplate{}, err
	}
	t, err := c.Client.EmailTemplateIn(ctx, kind, language)
	a.observe(err)
	return t, err
}

// SaveEmailTemplate stores new wording; the server refuses unknown merge fields.
func (a *App) SaveEmailTemplate(ctx context.Context, kind string, t api.EmailTemplate) (api.EmailTemplate, error) {
	c, err := a.Current()
	if err != nil {
		return api.EmailTemplate{}, err
	}
	out, err := c.Client.SaveEmailTemplate(ctx, kind, t)
	a.observe(err)
	return out, err
}

// PreviewEmailTemplate renders unsaved wording as one contact would receive it.
func (a *App) PreviewEmailTemplate(ctx context.Context, kind string, in api.TemplatePreviewRequest) (api.TemplatePreview, error) {
	c, err := a.Current()
	if err != nil {
		return api.TemplatePreview{}, err
	}
	p, err := c.Client.PreviewEmailTemplate(ctx, kind, in)
	a.observe(err)
	return p, err
}
