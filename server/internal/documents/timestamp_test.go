package documents_test

import (
	"context"
	"net/http"
	"strings"
	"testing"
	"time"

	"clientportal/server/internal/jobs"
	"clientportal/server/internal/pdf"
	"clientportal/server/internal/storetest"
	"clientportal/server/internal/systemtest"
	"clientportal/server/internal/tsatest"
	"clientportal/shared/api"
	"clientportal/shared/clock"
)

// timestampingPortal is the whole server with PORTAL_TSA_URL pointing at a
// test timestamp authority that runs on the server's own test clock.
func timestampingPortal(t *testing.T, dialect string) (*portal, *tsatest.TSA, *clock.Offset) {
	t.Helper()
	tsa := tsatest.Start(t, nil)
	sys := systemtest.Open(t, dialect, map[string]string{"PORTAL_BASE_URL": "http://localhost:8080", "PORTAL_TSA_URL": tsa.URL})
	clk := systemtest.Clock(t, sys)
	tsa.Follow(clk)
	p := &portal{t: t, sys: sys}
	p.acme = p.setup("Acme")
	return p, tsa, clk
}

func (p *portal) signingKey(token string) api.SigningKey {
	p.t.Helper()
	a := p.apiReq("GET", "/api/v1/documents/signing-key", token, nil, "")
	if a.status != http.StatusOK {
		p.t.Fatalf("GET signing-key: %d %s", a.status, a.text())
	}
	var k api.SigningKey
	mustJSON(p.t, a.body, &k)
	return k
}

func TestFinalCopiesCarryTheAuthoritysTimestampAndTheVerifyPageShowsItWithTheFingerprint(t *testing.T) {
	for _, dialect := range storetest.Dialects {
		t.Run(dialect, func(t *testing.T) {
			p, tsa, clk := timestampingPortal(t, dialect)
			clk.Advance(-3 * time.Hour) // the authority keeps the test clock, not the wall clock
			d := p.signedDocument(p.acme.Token, "jane@example.com")
			p.runJobs()
			if d = p.document(p.acme.Token, d.ID); d.Status != api.DocumentCompleted || tsa.Requests() != 1 {
				t.Fatalf("after sealing the document is %q, the authority was asked %d time(s)", d.Status, tsa.Requests())
			}
			final := p.apiReq("GET", "/api/v1/documents/"+d.ID+"/final", p.acme.Token, nil, "").body
			res, err := pdf.Verify(final)
			if err != nil || !res.Valid || !res.Certified || res.Timestamp == nil {
				t.Fatalf("the final copy: %s certified=%t timestamp=%+v (%v)", res, res.Certified, res.Timestamp, err)
			}
			if d := res.Timestamp.Time.Sub(clk.Now()); d > time.Minute || d < -time.Minute {
				t.Errorf("the timestamp says %s, want the authority's clock %s", res.Timestamp.Time, clk.Now())
			}

			key := p.signingKey(p.acme.Token)
			if key.FingerprintSHA256 != res.Fingerprint || key.FingerprintSHA256 == "" {
				t.Errorf("the owner API's fingerprint %q is not the final copy's signer %q", key.FingerprintSHA256, res.Fingerprint)
			}
			if other := p.signingKey(p.setup("Globex").Token); other.FingerprintSHA256 == key.FingerprintSHA256 || other.Subject == key.Subject {
				t.Errorf("another workspace is shown Acme's signing key: %+v", other)
			}

			page := p.verifyUpload("acme.localhost:8080", final).text()
			stamped := res.Timestamp.Time.UTC().Format("January 2, 2006, 3:04 PM UTC") // English dates: format.en.json
			for _, want := range []string{"Genuine and unchanged", "Timestamp", stamped + ", by " + tsatest.Name, key.FingerprintSHA256, "Certified by its signer"} {
				if !strings.Contains(page, want) {
					t.Errorf("the verify page does not show %q:\n%s", want, page[strings.Index(page, "<main"):])
				}
			}
		})
	}
}

func TestSealingWaitsForAnUnreachableTimestampAuthorityAndNeverMakesAnUntimestampedCopy(t *testing.T) {
	p, tsa, clk := timestampingPortal(t, "sqlite")
	tsa.Stop()
	d := p.signedDocument(p.acme.Token, "jane@example.com")
	p.runJobs()
	if got := p.document(p.acme.Token, d.ID); got.Status != api.DocumentSigned || got.FinalSHA256 != "" {
		t.Fatalf("with the authority down the document is %q with final %q; want signed, no copy yet", got.Status, got.FinalSHA256)
	}
	tsa.Resume()
	clk.Advance(time.Hour)
	p.runJobs()
	got := p.document(p.acme.Token, d.ID)
	if got.Status != api.DocumentCompleted {
		t.Fatalf("once the authority is back the retry left the document %q (%s)", got.Status, got.SealError)
	}
	final := p.apiReq("GET", "/api/v1/documents/"+d.ID+"/final", p.acme.Token, nil, "").body
	if res, _ := pdf.Verify(final); res.Timestamp == nil {
		t.Errorf("the retried final copy carries no timestamp")
	}
}

func TestASealThatDiesForWantOfATimestampShowsWhyOnTheDocument(t *testing.T) {
	p, tsa, clk := timestampingPortal(t, "sqlite")
	tsa.Stop()
	d := p.signedDocument(p.acme.Token, "jane@example.com")
	for range jobs.MaxAttempts {
		if _, err := p.sys.Queue.RunOnce(context.Background()); err != nil {
			t.Fatal(err)
		}
		clk.Advance(2 * time.Hour)
	}
	got := p.document(p.acme.Token, d.ID)
	if got.Status != api.DocumentSigned || !strings.Contains(got.SealError, "timestamp authority") || !strings.Contains(got.SealError, tsa.URL) {
		t.Fatalf("after the seal job died the document is %q with seal error %q; want signed, naming the timestamp authority", got.Status, got.SealError)
	}
}
