package api

import (
	"context"
	"net/http"
)

// SigningDefaults returns the reminders and expiry a send uses where it names none.
func (c *Client) SigningDefaults(ctx context.Context) (DocumentSendOptions, error) {
	var out DocumentSendOptions
	err := c.Do(ctx, Request{Method: http.MethodGet, Path: "/api/v1/documents/defaults"}, &out)
	return out, err
}

// UpdateSigningDefaults changes the defaults in; fields left out stay.
func (c *Client) UpdateSigningDefaults(ctx context.Context, in DocumentSendOptions) (DocumentSendOptions, error) {
	var out DocumentSendOptions
	err := c.Do(ctx, Request{Method: http.MethodPatch, Path: "/api/v1/documents/defaults", Body: in}, &out)
	return out, err
}
