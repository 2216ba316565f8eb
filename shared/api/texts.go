package api

import (
	"context"
	"net/http"
	"net/url"
	"time"
)

// LoginTextsRequest asks for login links by text to several contacts.
type LoginTextsRequest struct {
	ContactIDs []string `json:"contact_ids"`
}

// SkippedContact is a contact a batch of texts did not text, and why:
// no_phone, opted_out or access_revoked.
type SkippedContact struct {
	ContactID string `json:"contact_id"`
	Reason    string `json:"reason"`
}

// LoginTextsResult says how many login texts were queued and who was skipped.
type LoginTextsResult struct {
	Queued  int              `json:"queued"`
	BatchID string           `json:"batch_id"`
	Skipped []SkippedContact `json:"skipped"`
}

// The events of texts: a text's delivery state changed (data: text_id,
// contact_id, batch_id, status, error_code); a contact replied STOP or START
// (data: contact_id, sms_opt_out).
const (
	EventTextStatus       = "text.status"
	EventContactSMSOptOut = "contact.sms_opt_out"
)

// The delivery states of a text.
const (
	TextQueued      = "queued"
	TextSent        = "sent"
	TextDelivered   = "delivered"
	TextFailed      = "failed"
	TextUndelivered = "undelivered"
)

// LoginTextResult is one contact's text of a batch, with the provider's
// error code when it failed.
type LoginTextResult struct {
	ContactID string     `json:"contact_id"`
	Status    string     `json:"status"`
	ErrorCode string     `json:"error_code,omitempty"`
	Error     string     `json:"error,omitempty"`
	SentAt    *time.Time `json:"sent_at"`
}

// LoginTextBatch is the per-contact delivery state of a batch of login texts.
type LoginTextBatch struct {
	BatchID     string            `json:"batch_id"`
	Total       int               `json:"total"`
	Queued      int               `json:"queued"`
	Sent        int               `json:"sent"`
	Delivered   int               `json:"delivered"`
	Failed      int               `json:"failed"`
	Undelivered int               `json:"undelivered"`
	Results     []LoginTextResult `json:"results"`
}

// Count adds one contact's state to the totals.
func (b *LoginTextBatch) Count(status string) {
	switch status {
	case TextQueued:
		b.Queued++
	case TextSent:
		b.Sent++
	case TextDelivered:
		b.Delivered++
	case TextFailed:
		b.Failed++
	case TextUndelivered:
		b.Undelivered++
	}
}

// MagicLinkRequest is the optional body of POST /api/v1/contacts/{id}/magic-links:
// deliver "sms" also texts the link to the contact.
type MagicLinkRequest struct {
	Deliver string `json:"deliver,omitempty"`
}

// TextedMagicLink is a magic link, and the text that carries it when it was texted.
type TextedMagicLink struct {
	MagicLink
	TextID string `json:"text_id,omitempty"`
}

// TextSettings are a workspace's text message settings.
type TextSettings struct {
	PhoneRegion     string `json:"phone_region"`
	HourlyLimit     int    `json:"hourly_limit"`
	Template        string `json:"template"` // empty: the default wording
	DefaultTemplate string `json:"default_template"`
	Sample          string `json:"sample"`   // the wording for a sample contact
	Encoding        string `json:"encoding"` // GSM-7 or UCS-2
	Characters      int    `json:"characters"`
	Segments        int    `json:"segments"`
	Provider        string `json:"provider"` // twilio or outbox
	// SampleValues are the custom values of the sample, so a client can
	// count the segments of a wording as the owner types it.
	SampleValues map[string]string `json:"sample_values"`
}

// TextSettingsUpdate changes some text settings; a nil field stays.
type TextSettingsUpdate struct {
	PhoneRegion *string `json:"phone_region,omitempty"`
	HourlyLimit *int    `json:"hourly_limit,omitempty"`
	Template    *string `json:"template,omitempty"`
}

// SendLoginTexts queues a login link text to each contact.
func (c *Client) SendLoginTexts(ctx context.Context, ids []string, idemKey string) (LoginTextsResult, error) {
	var out LoginTextsResult
	err := c.Do(ctx, Request{Method: http.MethodPost, Path: "/api/v1/login-texts", Body: LoginTextsRequest{ContactIDs: ids}, IdempotencyKey: idemKey}, &out)
	return out, err
}

// LoginTextBatch fetches each contact's delivery state of a batch of login texts.
func (c *Client) LoginTextBatch(ctx context.Context, batchID string) (LoginTextBatch, error) {
	var out LoginTextBatch
	err := c.Do(ctx, Request{Method: http.MethodGet, Path: "/api/v1/login-texts/" + url.PathEscape(batchID)}, &out)
	return out, err
}

// TextMagicLink texts a fresh magic link to one contact.
func (c *Client) TextMagicLink(ctx context.Context, contactID, idemKey string) (TextedMagicLink, error) {
	var out TextedMagicLink
	err := c.Do(ctx, Request{Method: http.MethodPost, Path: "/api/v1/contacts/" + url.PathEscape(contactID) + "/magic-links",
		Body: MagicLinkRequest{Deliver: "sms"}, IdempotencyKey: idemKey}, &out)
	return out, err
}

// TextSettings fetches the workspace's text message settings.
func (c *Client) TextSettings(ctx context.Context) (TextSettings, error) {
	var out TextSettings
	err := c.Do(ctx, Request{Method: http.MethodGet, Path: "/api/v1/text-settings"}, &out)
	return out, err
}

// SaveTextSettings changes the workspace's text message settings.
func (c *Client) SaveTextSettings(ctx context.Context, in TextSettingsUpdate) (TextSettings, error) {
	var out TextSettings
	err := c.Do(ctx, Request{Method: http.MethodPatch, Path: "/api/v1/text-settings", Body: in}, &out)
	return out, err
}
