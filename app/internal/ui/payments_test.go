package ui

import (
	"net/url"
	"strings"
	"testing"

	"clientportal/app/internal/testenv"
)

func TestThePaymentsPageConnectsStripeShowsOnlyTheLastFourAndDisconnects(t *testing.T) {
	t.Parallel()
	portal := testenv.StartPortal(t)
	h := newHarness(t)
	connectUI(t, h, portal, portal.Token)
	if _, page := get(t, h, "/payments/"); !strings.Contains(page, "Not connected") || !strings.Contains(page, `href="/payments/"`) {
		t.Fatalf("payments page before connecting:\n%s", page)
	}
	_, body := post(t, h, "/payments/stripe", url.Values{"secret_key": {"pk_test_notASecretKey123"}, "publishable_key": {"pk_test_TYooMQauvdEDq54NiTphI7jx"},
		"webhook_secret": {"whsec_8aYbq2QnXwz1cVt5LmPe3RsK"}})
	if !strings.Contains(body, `id="stripe-secret-error"`) || !strings.Contains(body, "This is not a Stripe secret key") {
		t.Fatalf("a publishable key given as the secret key was not refused beside the field:\n%s", body)
	}
	secret := "sk_test_4eC39HqLyjWDarjtT1zdp7dc"
	_, body = post(t, h, "/payments/stripe", url.Values{"secret_key": {secret}, "publishable_key": {"pk_test_TYooMQauvdEDq54NiTphI7jx"},
		"webhook_secret": {"whsec_8aYbq2QnXwz1cVt5LmPe3RsK"}})
	if m := missing(body, "Connected in test mode", `id="stripe-test-mode"`, "…p7dc", "…3RsK", "/webhooks/stripe/"); m != "" {
		t.Fatalf("after connecting the page misses %q:\n%s", m, body)
	}
	if _, page := get(t, h, "/payments/"); strings.Contains(page, secret) || strings.Contains(page, "8aYbq2Qn") {
		t.Fatal("the page shows a secret")
	}
	s, err := ownerClient(portal).StripeSettings(testenv.Context(t))
	if err != nil || !s.Connected {
		t.Fatalf("the server is not connected: %+v %v", s, err)
	}
	_, body = post(t, h, "/payments/stripe/disconnect", nil)
	if !strings.Contains(body, "Disconnected.") || !strings.Contains(body, "Not connected") {
		t.Fatalf("disconnect:\n%s", body)
	}
}

func missing(body string, wants ...string) string {
	for _, w := range wants {
		if !strings.Contains(body, w) {
			return w
		}
	}
	return ""
}
