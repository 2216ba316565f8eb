package api

import (
	"context"
	"net/http"
	"time"
)

// PaymentRecord is one payment or refund recorded on an invoice.
type PaymentRecord struct {
	ID          string    `json:"id"`
	Kind        string    `json:"kind"`     // payment, refund
	Provider    string    `json:"provider"` // manual, stripe
	Reference   string    `json:"reference"`
	Amount      int64     `json:"amount"` // minor units
	Currency    string    `json:"currency"`
	Method      string    `json:"method"`
	PaidOn      string    `json:"paid_on"`
	Note        string    `json:"note"`
	Overpayment bool      `json:"overpayment"`
	CreatedAt   time.Time `json:"created_at"`
}

// StripeKeys connects a workspace to Stripe.
type StripeKeys struct {
	SecretKey      string `json:"secret_key"`      // sk_test_… / sk_live_… (or a restricted rk_…)
	PublishableKey string `json:"publishable_key"` // pk_test_… / pk_live_…
	WebhookSecret  string `json:"webhook_secret"`  // whsec_…
}

// KeyState says whether a key is set, with its last 4 characters.
type KeyState struct {
	Set   bool   `json:"set"`
	Last4 string `json:"last4"`
}

// StripeSettings is what GET /api/v1/payments/stripe shows: never a secret.
type StripeSettings struct {
	Connected      bool       `json:"connected"`
	TestMode       bool       `json:"test_mode"`
	SecretKey      KeyState   `json:"secret_key"`
	PublishableKey KeyState   `json:"publishable_key"`
	WebhookSecret  KeyState   `json:"webhook_secret"`
	WebhookURL     string     `json:"webhook_url"` // where Stripe must send the workspace's events
	ConnectedAt    *time.Time `json:"connected_at"`
}

// StripeSettings shows whether the workspace takes payments with Stripe.
func (c *Client) StripeSettings(ctx context.Context) (StripeSettings, error) {
	var out StripeSettings
	err := c.Do(ctx, Request{Method: http.MethodGet, Path: "/api/v1/payments/stripe"}, &out)
	return out, err
}

// ConnectStripe stores the workspace's Stripe keys.
func (c *Client) ConnectStripe(ctx context.Context, k StripeKeys) (StripeSettings, error) {
	var out StripeSettings
	err := c.Do(ctx, Request{Method: http.MethodPut, Path: "/api/v1/payments/stripe", Body: k}, &out)
	return out, err
}

// DisconnectStripe forgets the workspace's Stripe keys.
func (c *Client) DisconnectStripe(ctx context.Context) (StripeSettings, error) {
	var out StripeSettings
	err := c.Do(ctx, Request{Method: http.MethodDelete, Path: "/api/v1/payments/stripe"}, &out)
	return out, err
}
