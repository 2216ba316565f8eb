package web_test

import (
	"net/http"
	"strings"
	"testing"

	"clientportal/server/internal/store"
	"clientportal/server/internal/storetest"
	"clientportal/shared/api"
)

func TestStripeKeysAreStoredSealedShownOnlyByTheirLastFourAndRefusedWhenTheyAreNotStripes(t *testing.T) {
	stripeURL, _ := startStripe(t)
	lp := newPayPortal(t, "sqlite", stripeURL)
	bad := []struct {
		keys  api.StripeKeys
		field string
	}{
		{api.StripeKeys{SecretKey: "pk_test_4eC39HqLyjWDarjtT1zdp7dc", PublishableKey: testKeys.PublishableKey, WebhookSecret: testKeys.WebhookSecret}, "secret_key"},
		{api.StripeKeys{SecretKey: testKeys.SecretKey, PublishableKey: "hello", WebhookSecret: testKeys.WebhookSecret}, "publishable_key"},
		{api.StripeKeys{SecretKey: testKeys.SecretKey, PublishableKey: testKeys.PublishableKey, WebhookSecret: "secret"}, "webhook_secret"},
		{api.StripeKeys{SecretKey: testKeys.SecretKey, PublishableKey: "pk_live_TYooMQauvdEDq54NiTphI7jx", WebhookSecret: testKeys.WebhookSecret}, "publishable_key"},
	}
	for _, c := range bad {
		status, body := lp.call(lp.acme.Token, http.MethodPut, "/api/v1/payments/stripe", c.keys)
		if _, fields := errorFields(t, body); status != 422 || fields[c.field] == "" {
			t.Errorf("keys %+v: %d %s; want 422 naming %s", c.keys, status, body, c.field)
		}
	}
	var st api.StripeSettings
	lp.ownerAPI(http.MethodGet, "/api/v1/payments/stripe", nil, &st)
	if st.Connected {
		t.Fatalf("refused keys connected the workspace: %+v", st)
	}

	lp.connectStripe(lp.acme.Token, testKeys)
	status, body := lp.call(lp.acme.Token, http.MethodGet, "/api/v1/payments/stripe", nil)
	if status != 200 || strings.Contains(string(body), testKeys.SecretKey) || strings.Contains(string(body), testKeys.WebhookSecret) {
		t.Fatalf("GET shows a secret: %d %s", status, body)
	}
	_ = jsonInto(body, &st)
	if !st.Connected || !st.TestMode || st.SecretKey.Last4 != "p7dc" || st.WebhookSecret.Last4 != "3RsK" || !st.PublishableKey.Set ||
		!strings.HasSuffix(st.WebhookURL, "/webhooks/stripe/"+lp.acme.Workspace.ID) {
		t.Errorf("settings after connecting: %+v", st)
	}
	stored := storetest.TableText(t, store.Options{SQLitePath: lp.sys.Config.SQLitePath(), DatabaseURL: lp.sys.Config.DatabaseURL}, "stripe_accounts")
	if !strings.Contains(stored, testKeys.PublishableKey) || strings.Contains(stored, "4eC39Hq") || strings.Contains(stored, "8aYbq2") {
		t.Errorf("the database holds the secrets in clear (or no row):\n%s", stored)
	}

	lp.ownerAPI(http.MethodDelete, "/api/v1/payments/stripe", nil, &st)
	lp.ownerAPI(http.MethodGet, "/api/v1/payments/stripe", nil, &st)
	if st.Connected || st.SecretKey.Set {
		t.Errorf("after DELETE the workspace is still connected: %+v", st)
	}
}
