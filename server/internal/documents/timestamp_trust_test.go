package documents_test

import (
	"context"
	"encoding/pem"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"clientportal/server/internal/documents"
	"clientportal/server/internal/pdf"
	"clientportal/server/internal/store"
	"clientportal/server/internal/systemtest"
	"clientportal/server/internal/tsatest"
	"clientportal/shared/api"
	"clientportal/shared/clock"
)

// strictTimestampingPortal is the whole server timestamping at tsa with a
// short PORTAL_TSA_TIMEOUT and, when roots is not empty, PORTAL_TSA_ROOTS
// naming a PEM file of those certificates.
func strictTimestampingPortal(t *testing.T, tsa *tsatest.TSA, roots ...*tsatest.TSA) (*portal, *clock.Offset) {
	t.Helper()
	env := map[string]string{"PORTAL_BASE_URL": "http://localhost:8080", "PORTAL_TSA_URL": tsa.URL, "PORTAL_TSA_TIMEOUT": "300ms"}
	if len(roots) > 0 {
		var certs []byte
		for _, r := range roots {
			certs = append(certs, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: r.Certificate.Raw})...)
		}
		env["PORTAL_TSA_ROOTS"] = filepath.Join(t.TempDir(), "tsa-roots.pem")
		if err := os.WriteFile(env["PORTAL_TSA_ROOTS"], certs, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	sys := systemtest.Open(t, "sqlite", env)
	clk := systemtest.Clock(t, sys)
	tsa.Follow(clk)
	p := &portal{t: t, sys: sys}
	p.acme = p.setup("Acme")
	return p, clk
}

// runJobsOrHang runs the due jobs, failing the test rather than waiting
// without end when a job never returns.
func (p *portal) runJobsOrHang() {
	p.t.Helper()
	done := make(chan struct{})
	go func() {
		defer close(done)
		for range 20 {
			if n, err := p.sys.Queue.RunOnce(context.Background()); err != nil || n == 0 {
				return
			}
		}
	}()
	select {
	case <-done:
	case <-time.After(2 * time.Minute):
		p.t.Fatal("a job is still running after two minutes: a sealing worker is held")
	}
}

// retryingSeal is the sealing job waiting for its next attempt, with the
// error of the last one.
func (p *portal) retryingSeal() string {
	p.t.Helper()
	js, err := p.sys.Queue.Problems(context.Background(), store.JobRetrying, 10)
	if err != nil {
		p.t.Fatal(err)
	}
	for _, j := range js {
		if j.Kind == documents.JobSeal {
			return j.LastError
		}
	}
	p.t.Fatalf("no sealing job waits for a retry (problems: %+v)", js)
	return ""
}

// stillSigned checks that the document has no final copy yet.
func (p *portal) stillSigned(id, why string) {
	p.t.Helper()
	if got := p.document(p.acme.Token, id); got.Status != api.DocumentSigned || got.FinalSHA256 != "" {
		p.t.Fatalf("%s the document is %q with final %q; want signed, no copy", why, got.Status, got.FinalSHA256)
	}
}

func TestAHungTimestampAuthorityEndsTheSealingAttemptInARetryAndTheRetrySeals(t *testing.T) {
	tsa := tsatest.Start(t, nil)
	p, clk := strictTimestampingPortal(t, tsa)
	tsa.Hang()
	d := p.signedDocument(p.acme.Token, "jane@example.com")
	p.runJobsOrHang()
	p.stillSigned(d.ID, "while the authority hangs")
	if why := p.retryingSeal(); !strings.Contains(why, "no answer within 300ms") || !strings.Contains(why, tsa.URL) {
		t.Errorf("the retried sealing job says %q; want the authority and that it did not answer in time", why)
	}
	tsa.Answer()
	clk.Advance(time.Hour)
	p.runJobsOrHang()
	if got := p.document(p.acme.Token, d.ID); got.Status != api.DocumentCompleted {
		t.Fatalf("once the authority answers the retry left the document %q (%s)", got.Status, got.SealError)
	}
}

func TestATimestampTokenOutsideTheTrustRootsIsNeverEmbeddedAndOneInsideIs(t *testing.T) {
	tsa, stranger := tsatest.Start(t, nil), tsatest.Start(t, nil)
	p, _ := strictTimestampingPortal(t, tsa, stranger)
	d := p.signedDocument(p.acme.Token, "jane@example.com")
	p.runJobsOrHang()
	p.stillSigned(d.ID, "with a token from an untrusted authority")
	if why := p.retryingSeal(); !strings.Contains(why, "signing certificate is not trusted") {
		t.Errorf("the retried sealing job says %q; want that the token's certificate is not trusted", why)
	}

	p, _ = strictTimestampingPortal(t, tsa, stranger, tsa)
	d = p.signedDocument(p.acme.Token, "jane@example.com")
	p.runJobsOrHang()
	if got := p.document(p.acme.Token, d.ID); got.Status != api.DocumentCompleted {
		t.Fatalf("with the authority among the roots the document is %q (%s)", got.Status, got.SealError)
	}
	final := p.apiReq("GET", "/api/v1/documents/"+d.ID+"/final", p.acme.Token, nil, "").body
	if res, err := pdf.Verify(final); err != nil || res.Timestamp == nil || res.Timestamp.Authority != tsatest.Name {
		t.Errorf("the final copy's timestamp: %+v (%v)", res.Timestamp, err)
	}
}

func TestAForgedTimestampTokenIsRefusedUntilTheAuthorityAnswersTruly(t *testing.T) {
	tsa := tsatest.Start(t, nil)
	p, clk := strictTimestampingPortal(t, tsa)
	tsa.Forge()
	d := p.signedDocument(p.acme.Token, "jane@example.com")
	p.runJobsOrHang()
	p.stillSigned(d.ID, "with a token over other data")
	if why := p.retryingSeal(); !strings.Contains(why, "message imprint does not match") {
		t.Errorf("the retried sealing job says %q; want the imprint named", why)
	}
	tsa.Answer()
	clk.Advance(time.Hour)
	p.runJobsOrHang()
	if got := p.document(p.acme.Token, d.ID); got.Status != api.DocumentCompleted {
		t.Fatalf("once the authority answers truly the document is %q (%s)", got.Status, got.SealError)
	}
}
