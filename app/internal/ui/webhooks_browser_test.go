package ui

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"clientportal/app/internal/testenv"
	"clientportal/shared/api"
)

// hookReceiver keeps the event ids of what a webhook was sent.
type hookReceiver struct {
	*httptest.Server
	mu  sync.Mutex
	ids []string
}

func newHookReceiver(t *testing.T) *hookReceiver {
	r := &hookReceiver{}
	r.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		var b struct{ ID, Type string }
		raw, _ := io.ReadAll(req.Body)
		_ = json.Unmarshal(raw, &b)
		r.mu.Lock()
		r.ids = append(r.ids, b.Type+" "+b.ID)
		r.mu.Unlock()
	}))
	t.Cleanup(r.Close)
	return r
}

// waitFor waits until the receiver was sent n requests and returns them.
func (r *hookReceiver) waitFor(t *testing.T, n int) []string {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		r.mu.Lock()
		got := append([]string(nil), r.ids...)
		r.mu.Unlock()
		if len(got) >= n || time.Now().After(deadline) {
			return got
		}
		time.Sleep(100 * time.Millisecond)
	}
}

func TestBrowserTheOwnerAddsAWebhookSeesItsSecretOnceItsDeliveriesAndRedeliversOne(t *testing.T) {
	t.Setenv("PORTAL_WEBHOOKS_ALLOW_PRIVATE", "true") // the receiver listens on loopback
	portal := testenv.StartPortal(t)
	h := newHarness(t)
	ctx := testenv.Browser(t)
	connectInBrowser(t, ctx, h, portal)
	rcv := newHookReceiver(t)
	do(t, ctx,
		chromedp.Click(`nav a[href="/webhooks/"]`),
		waitText("#webhooks", "No webhooks yet"),
		chromedp.SendKeys("#webhook-url", "ftp://example.test/hook"),
		chromedp.Click(`#webhook-form input[value="contact.invited"]`),
		chromedp.Click(`#webhook-form button[type="submit"]`),
		waitText("#webhooks .field-error", "http"),
		chromedp.SetValue("#webhook-url", rcv.URL+"/hook"),
		chromedp.Click(`#webhook-form button[type="submit"]`),
		waitText("#webhook-secret", "shown this once"),
	)
	secret := eval[string](t, ctx, `document.querySelector("#webhook-secret-value").value`)
	if !strings.HasPrefix(secret, "whsec_") {
		t.Fatalf("the secret shown is %q", secret)
	}
	assertAccessible(t, ctx, "webhooks")
	do(t, ctx, chromedp.Navigate(h.UI.URL+"/webhooks/"), waitText("#webhooks", rcv.URL+"/hook"))
	if page := eval[string](t, ctx, `document.body.innerHTML`); strings.Contains(page, secret) {
		t.Fatalf("the secret is shown again after a reload")
	}

	owner := ownerClient(portal)
	if _, err := owner.Invite(testenv.Context(t), api.InviteRequest{Email: "jane@client.test", Name: "Jane Doe"}, ""); err != nil {
		t.Fatal(err)
	}
	first := rcv.waitFor(t, 1)
	if len(first) != 1 || !strings.HasPrefix(first[0], "contact.invited ") {
		t.Fatalf("the receiver got %q, want one contact.invited", first)
	}
	eventID := strings.TrimPrefix(first[0], "contact.invited ")
	do(t, ctx,
		chromedp.Click(`#webhooks button[aria-label="Deliveries to `+rcv.URL+`/hook"]`),
		waitText("#webhook-deliveries", eventID),
		waitText("#webhook-deliveries", "delivered"),
		chromedp.Click(`#webhook-deliveries button[aria-label="Redeliver contact.invited `+eventID+`"]`),
		waitText("#webhook-deliveries", "Queued again"),
	)
	if got := rcv.waitFor(t, 2); len(got) != 2 || got[1] != first[0] {
		t.Fatalf("after Redeliver the receiver got %q, want the same event twice", got)
	}
}
