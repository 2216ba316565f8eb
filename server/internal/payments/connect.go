package payments

import (
	"context"
	"errors"
	"regexp"
	"strings"
	"time"

	"clientportal/server/internal/apperr"
	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
)

// Keys are a workspace's Stripe API keys and webhook signing secret.
type Keys struct {
	SecretKey, PublishableKey, WebhookSecret string
}

// Settings is what the owner sees of the keys: never a secret, only
// whether each is set and its last 4 characters.
type Settings struct {
	Connected                                   bool
	TestMode                                    bool
	SecretLast4, PublishableLast4, WebhookLast4 string
	ConnectedAt                                 *time.Time
}

var (
	secretKeyRE      = regexp.MustCompile(`^(sk|rk)_(test|live)_[0-9A-Za-z]{8,247}$`)
	publishableKeyRE = regexp.MustCompile(`^pk_(test|live)_[0-9A-Za-z]{8,247}$`)
	webhookSecretRE  = regexp.MustCompile(`^whsec_[0-9A-Za-z+/=]{8,247}$`)
)

// Connect checks the keys look like Stripe's and stores them, replacing
// the workspace's previous ones.
func (s *Service) Connect(ctx context.Context, workspaceID string, k Keys) (Settings, error) {
	k = Keys{strings.TrimSpace(k.SecretKey), strings.TrimSpace(k.PublishableKey), strings.TrimSpace(k.WebhookSecret)}
	v := apperr.Validation{}
	if !secretKeyRE.MatchString(k.SecretKey) {
		v.Add("secret_key", "This is not a Stripe secret key: it starts with sk_test_ or sk_live_ (or rk_ for a restricted key).")
	}
	if !publishableKeyRE.MatchString(k.PublishableKey) {
		v.Add("publishable_key", "This is not a Stripe publishable key: it starts with pk_test_ or pk_live_.")
	}
	if !webhookSecretRE.MatchString(k.WebhookSecret) {
		v.Add("webhook_secret", "This is not a Stripe webhook signing secret: it starts with whsec_ (Developers → Webhooks → the endpoint's signing secret).")
	}
	live := strings.Contains(k.SecretKey, "_live_")
	if len(v) == 0 && live != strings.HasPrefix(k.PublishableKey, "pk_live_") {
		v.Add("publishable_key", "The publishable key is for the other mode: use test keys together, or live keys together.")
	}
	if err := v.Err(); err != nil {
		return Settings{}, err
	}
	now := s.now()
	a := model.StripeAccount{WorkspaceID: workspaceID, SecretKey: k.SecretKey, SecretKeyLast4: last4(k.SecretKey),
		PublishableKey: k.PublishableKey, WebhookSecret: k.WebhookSecret, WebhookSecretLast4: last4(k.WebhookSecret),
		LiveMode: live, ConnectedAt: now}
	if err := s.store.InTx(ctx, func(tx *store.Tx) error { return tx.StripeAccounts().Save(a) }); err != nil {
		return Settings{}, err
	}
	return s.Settings(ctx, workspaceID)
}

// Settings shows whether the workspace is connected to Stripe.
func (s *Service) Settings(ctx context.Context, workspaceID string) (Settings, error) {
	var out Settings
	err := s.store.View(ctx, func(tx *store.Tx) error {
		a, err := tx.StripeAccounts().Get(workspaceID)
		if err != nil {
			return err
		}
		at := a.ConnectedAt
		out = Settings{Connected: true, TestMode: !a.LiveMode, SecretLast4: a.SecretKeyLast4, PublishableLast4: last4(a.PublishableKey),
			WebhookLast4: a.WebhookSecretLast4, ConnectedAt: &at}
		return nil
	})
	if errors.Is(err, store.ErrNotFound) {
		return Settings{}, nil
	}
	return out, err
}

// Connected reports whether the workspace takes payments online.
func (s *Service) Connected(ctx context.Context, workspaceID string) (bool, error) {
	st, err := s.Settings(ctx, workspaceID)
	return st.Connected, err
}

// Disconnect forgets the workspace's keys; payments already recorded stay.
func (s *Service) Disconnect(ctx context.Context, workspaceID string) (Settings, error) {
	err := s.store.InTx(ctx, func(tx *store.Tx) error {
		_, err := tx.StripeAccounts().Delete(workspaceID)
		return err
	})
	return Settings{}, err
}

func last4(s string) string {
	if len(s) <= 4 {
		return s
	}
	return s[len(s)-4:]
}
