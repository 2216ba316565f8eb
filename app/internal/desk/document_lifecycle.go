package desk

import (
	"context"

	"clientportal/shared/api"
)

// ExtendDocument makes a document signable for expiresIn (a Go duration)
// from now; it needs the server.
func (a *App) ExtendDocument(ctx context.Context, id, expiresIn string) (api.Document, error) {
	c, err := a.Current()
	if err != nil {
		return api.Document{}, err
	}
	d, err := c.Client.ExtendDocument(ctx, id, expiresIn)
	a.observe(err)
	if err == nil {
		a.Live.Changed("")
	}
	return d, err
}

// VoidDocument ends a document that is not complete; its signers are told.
// It needs the server.
func (a *App) VoidDocument(ctx context.Context, id, reason string) (api.Document, error) {
	c, err := a.Current()
	if err != nil {
		return api.Document{}, err
	}
	d, err := c.Client.VoidDocument(ctx, id, reason)
	a.observe(err)
	if err == nil {
		a.Live.Changed("")
	}
	return d, err
}
