package web_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"testing"
	"time"

	"clientportal/server/internal/smstest"
	"clientportal/server/internal/system"
	"clientportal/server/internal/systemtest"
	"clientportal/server/internal/workspace"
	"clientportal/shared/api"
	"clientportal/shared/clock"
)

// textPortal is the whole server listening on loopback with a
// Twilio-compatible provider of its own; the test runs the job queue.
type textPortal struct {
	t     *testing.T
	sys   *system.System
	clock *clock.Offset
	sms   *smstest.Server
	port  string
	acme  workspace.Created
}

func newTextPortal(t *testing.T, dialect string) *textPortal {
	t.Helper()
	provider := smstest.Start(t)
	ln := systemtest.Listen(t)
	port := fmt.Sprint(ln.Addr().(*net.TCPAddr).Port)
	sys := systemtest.Open(t, dialect, map[string]string{"PORTAL_BASE_URL": "http://localhost:" + port, "PORTAL_SMS_URL": provider.URL()})
	sys.Queue.Backoff, sys.Queue.MaxBackoff = time.Minute, time.Minute
	systemtest.Serve(t, sys, ln)
	tp := &textPortal{t: t, sys: sys, clock: systemtest.Clock(t, sys), sms: provider, port: port}
	var err error
	if tp.acme, err = sys.Workspaces.Setup(context.Background(), "Acme", "owner@acme.test"); err != nil {
		t.Fatal(err)
	}
	return tp
}

// call sends a JSON request to the owner API with token and decodes the
// answer into out (when given); it returns the status and the raw body.
func (tp *textPortal) call(token, method, path string, in, out any) (int, string) {
	tp.t.Helper()
	var body io.Reader
	if in != nil {
		b, _ := json.Marshal(in)
		body = bytes.NewReader(b)
	}
	req, _ := http.NewRequest(method, tp.base()+path, body)
	req.Header.Set("Authorization", "Bearer "+token)
	if in != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		tp.t.Fatalf("%s %s: %v", method, path, err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	if out != nil && res.StatusCode < 300 {
		if err := json.Unmarshal(b, out); err != nil {
			tp.t.Fatalf("%s %s answer %q: %v", method, path, b, err)
		}
	}
	return res.StatusCode, string(b)
}

func (tp *textPortal) base() string { return "http://localhost:" + tp.port }

// contact adds a contact to Acme with a phone number.
func (tp *textPortal) contact(name, email, phone string) api.Contact {
	tp.t.Helper()
	var c api.Contact
	if st, body := tp.call(tp.acme.Token, http.MethodPost, "/api/v1/contacts", api.NewContact{Name: name, Email: email, Phone: phone}, &c); st != http.StatusCreated {
		tp.t.Fatalf("add contact %s: %d %s", email, st, body)
	}
	return c
}

// loginTexts asks for login texts to the contacts and expects 202.
func (tp *textPortal) loginTexts(ids ...string) api.LoginTextsResult {
	tp.t.Helper()
	var out api.LoginTextsResult
	if st, body := tp.call(tp.acme.Token, http.MethodPost, "/api/v1/login-texts", api.LoginTextsRequest{ContactIDs: ids}, &out); st != http.StatusAccepted {
		tp.t.Fatalf("login texts: %d %s", st, body)
	}
	return out
}

// batch reads a batch's per-contact states.
func (tp *textPortal) batch(id string) api.LoginTextBatch {
	tp.t.Helper()
	var out api.LoginTextBatch
	if st, body := tp.call(tp.acme.Token, http.MethodGet, "/api/v1/login-texts/"+id, nil, &out); st != http.StatusOK {
		tp.t.Fatalf("batch %s: %d %s", id, st, body)
	}
	return out
}

// runJobs runs every job that is due now.
func (tp *textPortal) runJobs() {
	tp.t.Helper()
	for {
		n, err := tp.sys.Queue.RunOnce(context.Background())
		if err != nil {
			tp.t.Fatalf("run jobs: %v", err)
		}
		if n == 0 {
			return
		}
	}
}

// retryLater moves the clock past the retry delay and runs the jobs.
func (tp *textPortal) retryLater() {
	tp.t.Helper()
	tp.clock.Advance(2 * time.Minute)
	tp.runJobs()
}

// states is each contact's state of a batch.
func states(b api.LoginTextBatch) map[string]string {
	out := map[string]string{}
	for _, r := range b.Results {
		out[r.ContactID] = r.Status
	}
	return out
}
