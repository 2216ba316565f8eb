package api

import (
	"context"
	"net/http"
	"net/url"
)

// TemplatePreviewRequest asks how unsaved wording reads for one contact.
type TemplatePreviewRequest struct {
	ContactID string `json:"contact_id"`
	Language  string `json:"language,omitempty"` // "" previews in the contact's own language
	Subject   string `json:"subject"`
	Body      string `json:"body"`
}

// TemplatePreview is an email as the contact would receive it (sample link and code).
type TemplatePreview struct {
	Subject string `json:"subject"`
	Text    string `json:"text"`
	HTML    string `json:"html"`
}

// EmailTemplate fetches the wording of the invitation or login email.
func (c *Client) EmailTemplate(ctx context.Context, kind string) (EmailTemplate, error) {
	var out EmailTemplate
	err := c.Do(ctx, Request{Method: http.MethodGet, Path: "/api/v1/email-templates/" + url.PathEscape(kind)}, &out)
	return out, err
}

// EmailTemplateIn fetches the wording of the invitation or login email for
// the clients of one language ("" is the workspace's default language).
func (c *Client) EmailTemplateIn(ctx context.Context, kind, language string) (EmailTemplate, error) {
	var out EmailTemplate
	path := "/api/v1/email-templates/" + url.PathEscape(kind)
	if language != "" {
		path += "?language=" + url.QueryEscape(language)
	}
	err := c.Do(ctx, Request{Method: http.MethodGet, Path: path}, &out)
	return out, err
}

// SaveEmailTemplate stores new wording; unknown merge fields are refused.
func (c *Client) SaveEmailTemplate(ctx context.Context, kind string, t EmailTemplate) (EmailTemplate, error) {
	var out EmailTemplate
	err := c.Do(ctx, Request{Method: http.MethodPut, Path: "/api/v1/email-templates/" + url.PathEscape(kind), Body: t}, &out)
	return out, err
}

// PreviewEmailTemplate renders unsaved wording for one contact.
func (c *Client) PreviewEmailTemplate(ctx context.Context, kind string, in TemplatePreviewRequest) (TemplatePreview, error) {
	var out TemplatePreview
	err := c.Do(ctx, Request{Method: http.MethodPost, Path: "/api/v1/email-templates/" + url.PathEscape(kind) + "/preview", Body: in}, &out)
	return out, err
}

// UpdateSettings changes the workspace's name, accent colour, sending domain or link lifetimes.
func (c *Client) UpdateSettings(ctx context.Context, in PortalSettings) (Portal, error) {
	var out Portal
	err := c.Do(ctx, Request{Method: http.MethodPatch, Path: "/api/v1/portal/settings", Body: in}, &out)
	return out, err
}
