package web_test

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httputil"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
	"clientportal/server/internal/stripetest"
	"clientportal/server/internal/systemtest"
	"clientportal/shared/api"
)

// stripeRecorder stands between the server and stripe-mock and keeps the
// form bodies and idempotency keys the server sent.
type stripeRecorder struct {
	mu   sync.Mutex
	sent []stripeCall
}

type stripeCall struct {
	Path, IdempotencyKey string
	Form                 url.Values
}

func (r *stripeRecorder) calls() []stripeCall {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]stripeCall(nil), r.sent...)
}

// startStripe runs stripe-mock behind a recording proxy and returns the
// proxy's address.
func startStripe(t testing.TB) (string, *stripeRecorder) {
	t.Helper()
	target, _ := url.Parse(stripetest.Start(t))
	rec := &stripeRecorder{}
	proxy := httputil.NewSingleHostReverseProxy(target)
	ln := systemtest.Listen(t)
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		form, _ := url.ParseQuery(string(body))
		rec.mu.Lock()
		rec.sent = append(rec.sent, stripeCall{Path: r.URL.Path, IdempotencyKey: r.Header.Get("Idempotency-Key"), Form: form})
		rec.mu.Unlock()
		r.Body = io.NopCloser(bytes.NewReader(body))
		proxy.ServeHTTP(w, r)
	})}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	return "http://" + ln.Addr().String(), rec
}

// newPayPortal is the live portal with every Stripe call going to stripeURL.
func newPayPortal(t testing.TB, dialect, stripeURL string) *livePortal {
	t.Helper()
	ln := systemtest.Listen(t)
	port := fmt.Sprint(ln.Addr().(*net.TCPAddr).Port)
	sys := systemtest.Open(t, dialect, map[string]string{"PORTAL_BASE_URL": "http://localhost:" + port, "PORTAL_STRIPE_API_URL": stripeURL})
	sys.Hub.Poll = 200 * time.Millisecond
	sys.Start(context.Background())
	systemtest.Serve(t, sys, ln)
	lp := &livePortal{t: t, sys: sys, clock: systemtest.Clock(t, sys), port: port}
	var err error
	if lp.acme, err = sys.Workspaces.Setup(context.Background(), "Acme Studio", "owner@acme.test"); err != nil {
		t.Fatal(err)
	}
	return lp
}

// testKeys are keys in Stripe's test-mode shapes (stripe-mock takes any).
var testKeys = api.StripeKeys{SecretKey: "sk_test_4eC39HqLyjWDarjtT1zdp7dc", PublishableKey: "pk_test_TYooMQauvdEDq54NiTphI7jx",
	WebhookSecret: "whsec_8aYbq2QnXwz1cVt5LmPe3RsK"}

// connectStripe connects a workspace (by its token) with keys.
func (lp *livePortal) connectStripe(token string, k api.StripeKeys) {
	lp.t.Helper()
	if status, body := lp.call(token, http.MethodPut, "/api/v1/payments/stripe", k); status != 200 {
		lp.t.Fatalf("connect Stripe: %d %s", status, body)
	}
}

// webhook posts a Stripe event to a workspace's endpoint, signed with
// secret at the server clock's now, and returns the status.
func (lp *livePortal) webhook(workspaceID, secret, payload string) (int, string) {
	lp.t.Helper()
	return lp.webhookSignedAt(workspaceID, secret, payload, lp.sys.Clock.Now())
}

func (lp *livePortal) webhookSignedAt(workspaceID, secret, payload string, at time.Time) (int, string) {
	lp.t.Helper()
	req, _ := http.NewRequest(http.MethodPost, "http://localhost:"+lp.port+"/webhooks/stripe/"+workspaceID, strings.NewReader(payload))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Stripe-Signature", stripetest.Signature([]byte(payload), secret, at))
	res, err := lp.httpClient().Do(req)
	if err != nil {
		lp.t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res.StatusCode, string(b)
}

// stripeEvent is a Stripe event of type typ about object, as Stripe sends it.
func stripeEvent(id, typ, object string, created time.Time) string {
	return fmt.Sprintf(`{"id":%q,"object":"event","api_version":"2025-07-30.basil","created":%d,"livemode":false,"pending_webhooks":1,`+
		`"type":%q,"data":{"object":%s}}`, id, created.Unix(), typ, object)
}

// sessionCompleted is a paid Checkout Session for an invoice.
func sessionCompleted(invoiceID, currency, paymentIntent string, amount int64) string {
	return fmt.Sprintf(`{"id":"cs_test_%s","object":"checkout.session","mode":"payment","payment_status":"paid","status":"complete",`+
		`"client_reference_id":%q,"currency":%q,"amount_total":%d,"payment_intent":%q,"payment_method_types":["card"],`+
		`"metadata":{"invoice_id":%q}}`, paymentIntent, invoiceID, currency, amount, paymentIntent, invoiceID)
}

// chargeRefunded is a charge of a payment intent with amount refunded so far.
func chargeRefunded(paymentIntent, currency string, amount, refunded int64) string {
	return fmt.Sprintf(`{"id":"ch_%s","object":"charge","amount":%d,"amount_refunded":%d,"currency":%q,"payment_intent":%q,"refunded":%t}`,
		paymentIntent, amount, refunded, currency, paymentIntent, refunded >= amount)
}

// payments lists the payments and refunds recorded on an invoice of Acme.
func (lp *livePortal) payments(invoiceID string) []model.Payment {
	lp.t.Helper()
	var ps []model.Payment
	err := lp.sys.Store.View(context.Background(), func(tx *store.Tx) (err error) {
		ps, err = tx.Payments().ForInvoice(lp.acme.Workspace.ID, invoiceID)
		return err
	})
	if err != nil {
		lp.t.Fatal(err)
	}
	return ps
}

// waitReceipt waits for the job queue to email the receipt of an
// invoice's payments and returns the recorded payments.
func (lp *livePortal) waitReceipt(invoiceID string) []model.Payment {
	lp.t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		ps := lp.payments(invoiceID)
		done := len(ps) > 0
		for _, p := range ps {
			done = done && (p.Kind != model.PaymentKindPayment || p.ReceiptEmailID != "")
		}
		if done {
			return ps
		}
		if time.Now().After(deadline) {
			lp.t.Fatalf("no receipt was emailed for invoice %s: payments %+v", invoiceID, ps)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// receipts lists the receipt emails sent to an address in Acme.
func (lp *livePortal) receipts(to string) []model.Email {
	lp.t.Helper()
	var out []model.Email
	for _, e := range lp.emailsTo(to) {
		if e.Kind == "receipt" {
			out = append(out, e)
		}
	}
	return out
}

// noRedirects is a signed-in client that stops at the first answer.
func noRedirects(c *http.Client) *http.Client {
	c.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	return c
}
