package api

import (
	"context"
	"net/http"
	"net/url"
)

// LoginEmailBatch fetches each contact's delivery status of a bulk login email.
func (c *Client) LoginEmailBatch(ctx context.Context, batchID string) (LoginEmailBatch, error) {
	var out LoginEmailBatch
	err := c.Do(ctx, Request{Method: http.MethodGet, Path: "/api/v1/login-emails/" + url.PathEscape(batchID)}, &out)
	return out, err
}
