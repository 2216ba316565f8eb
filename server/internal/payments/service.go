// Package payments takes invoice payments online with Stripe: a workspace's
// keys (secrets sealed at rest), Checkout Sessions for the client's Pay
// button, and Stripe's signed webhook events, which record payments and
// refunds on the invoices.
package payments

import (
	"context"
	"log/slog"
	"net/http"
	"time"

	"github.com/stripe/stripe-go/v82"

	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
	"clientportal/shared/clock"
)

// Service is the online payments service.
type Service struct {
	store  *store.Store
	apiURL string
	http   *http.Client
	now    func() time.Time
}

// New returns the payments service; every Stripe call goes to apiURL
// (PORTAL_STRIPE_API_URL).
func New(s *store.Store, apiURL string, clk clock.Clock) *Service {
	return &Service{store: s, apiURL: apiURL, http: &http.Client{Timeout: 20 * time.Second}, now: clock.Or(clk).Now}
}

// unavailable is what the client reads when Stripe cannot be reached.
const unavailable = "Payments are unavailable right now. Please try again in a few minutes."

// stripeClient is a Stripe client with the workspace's secret key, talking
// to the configured API address, without retries (the client retries by
// pressing Pay again, with the same idempotency key).
func (s *Service) stripeClient(secretKey string) *stripe.Client {
	backends := stripe.NewBackendsWithConfig(&stripe.BackendConfig{URL: stripe.String(s.apiURL), HTTPClient: s.http,
		MaxNetworkRetries: stripe.Int64(0), LeveledLogger: &stripe.LeveledLogger{Level: stripe.LevelError}})
	return stripe.NewClient(secretKey, stripe.WithBackends(backends))
}

// account loads the workspace's Stripe keys; a workspace without them
// takes no payments online.
func (s *Service) account(tx *store.Tx, workspaceID string) (model.StripeAccount, error) {
	a, err := tx.StripeAccounts().Get(workspaceID)
	if err != nil {
		return a, store.Missing(err, "This business does not take payments online.")
	}
	return a, nil
}

func (s *Service) today() string { return s.now().Format(time.DateOnly) }

// ignored logs a webhook event that records nothing, and answers Stripe 200.
func ignored(ctx context.Context, workspaceID string, e stripeEventInfo, why string) error {
	slog.WarnContext(ctx, "stripe event ignored", "workspace", workspaceID, "event", e.ID, "type", e.Type, "why", why)
	return nil
}

type stripeEventInfo struct{ ID, Type string }
