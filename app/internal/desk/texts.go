package desk

import (
	"context"
	"fmt"

	"clientportal/app/internal/localdb"
	"clientportal/shared/api"
)

// Text messages need the server: a text carries a link made there, so
// none of these is kept in the outbox.

// LoginTexts asks the server to text a login link to each contact.
func (a *App) LoginTexts(ctx context.Context, contactIDs []string) (api.LoginTextsResult, error) {
	c, err := a.Current()
	if err != nil {
		return api.LoginTextsResult{}, err
	}
	out, err := c.Client.SendLoginTexts(ctx, contactIDs, localdb.NewKey())
	a.observe(err)
	if err != nil {
		return out, fmt.Errorf("login texts to %d contact(s): %w", len(contactIDs), err)
	}
	return out, nil
}

// LoginTextBatch reads each contact's delivery state of a batch of texts.
func (a *App) LoginTextBatch(ctx context.Context, batchID string) (api.LoginTextBatch, error) {
	c, err := a.Current()
	if err != nil {
		return api.LoginTextBatch{}, err
	}
	out, err := c.Client.LoginTextBatch(ctx, batchID)
	a.observe(err)
	return out, err
}

// TextMagicLink texts one contact a fresh magic link.
func (a *App) TextMagicLink(ctx context.Context, contactID string) (api.TextedMagicLink, error) {
	c, err := a.Current()
	if err != nil {
		return api.TextedMagicLink{}, err
	}
	out, err := c.Client.TextMagicLink(ctx, contactID, localdb.NewKey())
	a.observe(err)
	return out, err
}

// TextSettings reads the workspace's text settings.
func (a *App) TextSettings(ctx context.Context) (api.TextSettings, error) {
	c, err := a.Current()
	if err != nil {
		return api.TextSettings{}, err
	}
	out, err := c.Client.TextSettings(ctx)
	a.observe(err)
	return out, err
}

// SaveTextSettings changes the workspace's text settings.
func (a *App) SaveTextSettings(ctx context.Context, in api.TextSettingsUpdate) (api.TextSettings, error) {
	c, err := a.Current()
	if err != nil {
		return api.TextSettings{}, err
	}
	out, err := c.Client.SaveTextSettings(ctx, in)
	a.observe(err)
	return out, err
}
