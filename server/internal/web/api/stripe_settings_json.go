package api

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/payments"
	"clientportal/shared/api"
)

// stripeSettingsJSON is the API shape of the workspace's Stripe settings:
// whether each key is set and its last 4 characters, never a secret.
func (s *Server) stripeSettingsJSON(c *fiber.Ctx, st payments.Settings) api.StripeSettings {
	state := func(last4 string) api.KeyState { return api.KeyState{Set: st.Connected && last4 != "", Last4: last4} }
	return api.StripeSettings{Connected: st.Connected, TestMode: st.Connected && st.TestMode,
		SecretKey: state(st.SecretLast4), PublishableKey: state(st.PublishableLast4), WebhookSecret: state(st.WebhookLast4),
		WebhookURL: s.Config.BaseURL.String() + "/webhooks/stripe/" + workspaceID(c), ConnectedAt: st.ConnectedAt}
}
