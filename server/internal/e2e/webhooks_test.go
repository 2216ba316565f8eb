package e2e

import (
	"encoding/json"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"clientportal/server/internal/smtptest"
	"clientportal/server/internal/systemtest"
	"clientportal/server/internal/webhooks"
	"clientportal/shared/api"
)

// receiver is a webhook receiver that answers with the next status of its
// script (then 200) and keeps what it was sent.
type receiver struct {
	*httptest.Server
	mu       sync.Mutex
	script   []int
	received []delivered
}

type delivered struct {
	Signature string
	Body      []byte
}

func newReceiver(t *testing.T, script ...int) *receiver {
	r := &receiver{script: script}
	r.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		b, _ := io.ReadAll(req.Body)
		r.mu.Lock()
		r.received = append(r.received, delivered{Signature: req.Header.Get(webhooks.SignatureHeader), Body: b})
		status := http.StatusOK
		if len(r.script) > 0 {
			status, r.script = r.script[0], r.script[1:]
		}
		r.mu.Unlock()
		w.WriteHeader(status)
	}))
	t.Cleanup(r.Close)
	return r
}

func (r *receiver) got() []delivered {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]delivered(nil), r.received...)
}

// openAllowingPrivate is open with webhooks allowed to reach loopback.
func openAllowingPrivate(t *testing.T, dialect string) *server {
	t.Helper()
	ln := systemtest.Listen(t)
	s := &server{t: t, smtp: smtptest.Start(t), addr: ln.Addr().String()}
	_, s.port, _ = net.SplitHostPort(s.addr)
	s.base = "http://localhost:" + s.port
	s.sys = systemtest.Open(t, dialect, map[string]string{"PORTAL_ADDR": s.addr, "PORTAL_BASE_URL": s.base,
		"PORTAL_SMTP_URL": s.smtp.URL().String(), "PORTAL_WEBHOOKS_ALLOW_PRIVATE": "true"})
	s.cfg = s.sys.Config
	systemtest.Serve(t, s.sys, ln)
	s.acme = s.setup("Acme", "owner@acme.test")
	s.owner = s.apiClient(s.acme.Token)
	return s
}

func TestAWebhookThatFailsTwiceIsTriedThreeTimesUnderOneSignedEventID(t *testing.T) {
	eachDialect(t, func(t *testing.T, dialect string) {
		s := openAllowingPrivate(t, dialect)
		rcv := newReceiver(t, 500, 500)
		var hook api.Webhook
		mustCall(s, http.MethodPost, "/api/v1/webhooks", api.WebhookInput{URL: rcv.URL + "/hooks", Events: []string{"contact.invited"}}, &hook)
		if !strings.HasPrefix(hook.Secret, "whsec_") {
			t.Fatalf("the new webhook's secret is %q", hook.Secret)
		}
		var list api.WebhookList
		mustCall(s, http.MethodGet, "/api/v1/webhooks", nil, &list)
		if len(list.Webhooks) != 1 || list.Webhooks[0].Secret != "" {
			t.Fatalf("webhook list %+v: want one webhook, its secret not shown again", list.Webhooks)
		}

		jane := s.invite("jane@client.test", "Jane Doe")
		s.automate()
		for range 2 {
			s.later(2 * time.Hour) // past any retry delay
			s.automate()
		}
		got := rcv.got()
		if len(got) != 3 {
			t.Fatalf("the receiver was sent %d requests, want 3 (500, 500, 200)", len(got))
		}
		var first webhooks.Body
		for i, d := range got {
			var b webhooks.Body
			if err := json.Unmarshal(d.Body, &b); err != nil {
				t.Fatalf("delivery %d is not JSON: %s", i, d.Body)
			}
			if i == 0 {
				first = b
			}
			if b.ID != first.ID || b.Type != "contact.invited" || b.WorkspaceID != s.acme.Workspace.ID || !strings.Contains(string(b.Data), jane.ID) {
				t.Errorf("delivery %d: %s; want the same contact.invited event of Jane each time", i, d.Body)
			}
			if !validSignature(hook.Secret, d.Signature, d.Body) {
				t.Errorf("delivery %d carries the signature %q, which does not verify", i, d.Signature)
			}
		}
		var ds []api.WebhookDelivery
		mustCall(s, http.MethodGet, "/api/v1/webhooks/"+hook.ID+"/deliveries", nil, &ds)
		if len(ds) != 1 || ds[0].State != "delivered" || ds[0].Attempts != 3 || ds[0].LastStatus != 200 || ds[0].EventID != first.ID {
			t.Fatalf("deliveries %+v; want one, delivered on the 3rd attempt, of event %s", ds, first.ID)
		}

		mustCall(s, http.MethodPost, "/api/v1/webhooks/"+hook.ID+"/deliveries/"+ds[0].ID+"/redeliver", nil, nil)
		s.automate()
		if got := rcv.got(); len(got) != 4 || !strings.Contains(string(got[3].Body), `"id":"`+first.ID+`"`) {
			t.Errorf("after redeliver the receiver has %d requests; want a 4th of the same event id", len(got))
		}

		other := s.apiClient(s.setup("Globex", "owner@globex.test").Token)
		if ae := ownerCall(s, other, http.MethodGet, "/api/v1/webhooks/"+hook.ID+"/deliveries", nil, nil); ae == nil || ae.Status != 404 {
			t.Errorf("another workspace reading Acme's deliveries answered %v, want 404", ae)
		}
		if ae := ownerCall(s, other, http.MethodDelete, "/api/v1/webhooks/"+hook.ID, nil, nil); ae == nil || ae.Status != 404 {
			t.Errorf("another workspace deleting Acme's webhook answered %v, want 404", ae)
		}
	})
}

// validSignature checks a Portal-Signature header as a receiver would.
func validSignature(secret, header string, body []byte) bool {
	ts, _, ok := strings.Cut(strings.TrimPrefix(header, "t="), ",")
	t, err := strconv.ParseInt(ts, 10, 64)
	return ok && err == nil && webhooks.Sign(secret, t, body) == header
}

func TestAWebhookToAnAddressInsideIsRefusedWithoutTheSetting(t *testing.T) {
	eachDialect(t, func(t *testing.T, dialect string) {
		s := open(t, dialect)
		rcv := newReceiver(t)
		for _, u := range []string{rcv.URL + "/hooks", "http://169.254.169.254/latest/meta-data", "http://10.0.0.8/hook", "http://[::1]:9/hook", "ftp://example.com/hook"} {
			ae := ownerCall(s, s.owner, http.MethodPost, "/api/v1/webhooks", api.WebhookInput{URL: u, Events: []string{"contact.joined"}}, nil)
			if ae == nil || ae.Status != 422 || ae.Fields["url"] == "" {
				t.Errorf("a webhook to %s answered %v, want 422 naming url", u, ae)
			}
		}
		ae := ownerCall(s, s.owner, http.MethodPost, "/api/v1/webhooks", api.WebhookInput{URL: "https://example.com/hook", Events: []string{"contact.sneezed"}}, nil)
		if ae == nil || ae.Status != 422 || !strings.Contains(ae.Fields["events"], "contact.sneezed") {
			t.Errorf("an unknown event answered %v, want 422 naming it", ae)
		}
		var list api.WebhookList
		mustCall(s, http.MethodGet, "/api/v1/webhooks", nil, &list)
		if len(list.Webhooks) != 0 {
			t.Errorf("refused webhooks were saved: %+v", list.Webhooks)
		}
		if n := len(rcv.got()); n != 0 {
			t.Errorf("the inside receiver was sent %d requests", n)
		}
	})
}

func TestAWorkflowsWebhookStepPostsTheContactOnceToTheSavedWebhookSigned(t *testing.T) {
	eachDialect(t, func(t *testing.T, dialect string) {
		s := openAllowingPrivate(t, dialect)
		rcv := newReceiver(t)
		step := api.WorkflowStep{Kind: "webhook", URL: rcv.URL + "/crm"}
		in := api.WorkflowInput{Name: "To the CRM", Enabled: true, Trigger: api.WorkflowTrigger{Manual: true}, Steps: []api.WorkflowStep{step}}
		if ae := ownerCall(s, s.owner, http.MethodPost, "/api/v1/workflows", in, nil); ae == nil || ae.Status != 422 || ae.Fields["steps[0].url"] == "" {
			t.Fatalf("a step to an address that is no webhook answered %v, want 422 naming steps[0].url", ae)
		}
		var hook api.Webhook
		mustCall(s, http.MethodPost, "/api/v1/webhooks", api.WebhookInput{URL: step.URL, Events: []string{"contact.joined"}}, &hook)
		w := s.createWorkflow(in)
		jane := s.contact("jane@client.test", "Jane Doe")
		mustCall(s, http.MethodPost, "/api/v1/workflows/"+w.ID+"/runs", api.WorkflowStart{ContactIDs: []string{jane.ID}}, nil)
		s.automate()
		s.automate()
		got := rcv.got()
		if len(got) != 1 {
			t.Fatalf("the receiver was sent %d requests, want 1", len(got))
		}
		var b struct {
			Type string
			Data struct {
				RunID   string `json:"run_id"`
				Contact struct{ Email string }
			}
		}
		if err := json.Unmarshal(got[0].Body, &b); err != nil || b.Type != "workflow.webhook" || b.Data.Contact.Email != "jane@client.test" || b.Data.RunID == "" {
			t.Errorf("the step posted %s; want a workflow.webhook event with Jane", got[0].Body)
		}
		if !validSignature(hook.Secret, got[0].Signature, got[0].Body) {
			t.Errorf("the step's delivery is not signed with the webhook's secret")
		}
		if r := s.runsOf(w.ID)[jane.ID]; stepKinds(r) != "webhook:done" {
			t.Errorf("Jane's run steps %q", stepKinds(r))
		}
	})
}
