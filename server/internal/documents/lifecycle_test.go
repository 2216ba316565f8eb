package documents_test

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"clientportal/server/internal/apperr"
	"clientportal/server/internal/documents"
	"clientportal/server/internal/storetest"
	"clientportal/server/internal/systemtest"
	"clientportal/shared/api"
)

// sendWith uploads the contract for Jane and sends it with body.
func (p *portal) sendWith(jane api.Contact, body string) api.Document {
	p.t.Helper()
	a := p.upload(p.acme.Token, "Service agreement", jane.ID, "", contractPDF())
	if a.status != http.StatusCreated {
		p.t.Fatalf("upload: %d %s", a.status, a.text())
	}
	var d api.Document
	mustJSON(p.t, a.body, &d)
	a = p.apiReq("POST", "/api/v1/documents/"+d.ID+"/send", p.acme.Token, strings.NewReader(body), "application/json")
	if a.status != http.StatusOK {
		p.t.Fatalf("send: %d %s", a.status, a.text())
	}
	mustJSON(p.t, a.body, &d)
	return d
}

func reminders(p *portal, addr string) int {
	n := 0
	for _, e := range p.emailsTo(addr) {
		if strings.HasPrefix(e.Subject, "Reminder:") {
			n++
		}
	}
	return n
}

func TestRemindersComeAtTheirPaceStopAtTheirMaximumAndNeverAfterSigning(t *testing.T) {
	for _, dialect := range storetest.Dialects {
		t.Run(dialect, func(t *testing.T) {
			p := newPortal(t, dialect)
			clk := systemtest.Clock(t, p.sys)
			jane := p.contact(p.acme.Token, "jane@example.com", "Jane Doe")
			bob := p.contact(p.acme.Token, "bob@example.com", "Bob Roe")
			p.sendWith(jane, `{"reminders":{"first_after":"2s","every":"3s","max":2},"expires_in":"1h"}`)
			signed := p.sendWith(bob, `{"reminders":{"first_after":"2s","every":"3s","max":2}}`)
			b := p.browser("acme.localhost:8080")
			b.openLink(p.signLink("bob@example.com"))
			page := "/documents/" + signed.ID
			if a := b.post(page, page+"/sign", typedSign(url.Values{"name": {"Bob Roe"}})); a.status != http.StatusSeeOther {
				t.Fatalf("Bob signs: %d %.300s", a.status, a.text())
			}
			p.runJobs()
			if n := reminders(p, "jane@example.com"); n != 0 {
				t.Fatalf("%d reminders before the first was due", n)
			}
			for i, want := range []int{1, 2, 2, 2} {
				clk.Advance(3 * time.Second)
				p.runJobs()
				if n := reminders(p, "jane@example.com"); n != want {
					t.Fatalf("after %d s Jane has %d reminders, want %d", 2+3*i, n, want)
				}
			}
			if n := reminders(p, "bob@example.com"); n != 0 {
				t.Errorf("Bob, who signed, got %d reminders", n)
			}
		})
	}
}

func TestAnExpiredDocumentRefusesToBeSignedUntilTheOwnerExtendsIt(t *testing.T) {
	p := newPortal(t, "sqlite")
	clk := systemtest.Clock(t, p.sys)
	jane := p.contact(p.acme.Token, "jane@example.com", "Jane Doe")
	d := p.sendWith(jane, `{"expires_in":"5s"}`)
	if d.ExpiresAt == nil || d.ExpiresAt.Sub(*d.SentAt).Round(time.Second) != 5*time.Second {
		t.Fatalf("sent at %v, expires at %v; want 5 s later", d.SentAt, d.ExpiresAt)
	}
	b := p.browser("acme.localhost:8080")
	b.openLink(p.signLink("jane@example.com"))
	clk.Advance(6 * time.Second)
	p.runJobs()
	page := "/documents/" + d.ID
	if got := p.document(p.acme.Token, d.ID); got.Status != api.DocumentExpired {
		t.Fatalf("after its expiry the document is %q", got.Status)
	}
	if text := b.request("GET", page, nil).text(); !strings.Contains(text, "This document expired") || strings.Contains(text, `id="sign-form"`) {
		t.Errorf("the expired document's page still offers to sign: %.400s", text)
	}
	if _, err := p.sys.Documents.Sign(context.Background(), p.acme.Workspace.ID, jane.ID, d.ID,
		documents.Signature{Name: "Jane Doe", Consent: true}, documents.Meta{}); !apperr.Is(err, apperr.Conflict) || !strings.Contains(err.Error(), "expired") {
		t.Fatalf("signing an expired document: %v, want a refusal that says it expired", err)
	}
	for _, bad := range []string{`{"expires_in":"0.5s"}`, `{"expires_in":"soon"}`, `{}`} {
		a := p.apiReq("POST", "/api/v1/documents/"+d.ID+"/extend", p.acme.Token, strings.NewReader(bad), "application/json")
		if a.status != http.StatusUnprocessableEntity || !strings.Contains(a.text(), "expires_in") {
			t.Errorf("extend with %s: %d %s, want 422 naming expires_in", bad, a.status, a.text())
		}
	}
	a := p.apiReq("POST", "/api/v1/documents/"+d.ID+"/extend", p.acme.Token, strings.NewReader(`{"expires_in":"168h"}`), "application/json")
	if a.status != http.StatusOK {
		t.Fatalf("extend: %d %s", a.status, a.text())
	}
	if a := b.post(page, page+"/sign", typedSign(url.Values{"name": {"Jane Doe"}})); a.status != http.StatusSeeOther {
		t.Fatalf("signing after the extension: %d %.300s", a.status, a.text())
	}
	p.runJobs()
	if got := p.document(p.acme.Token, d.ID); got.Status != api.DocumentCompleted || countActions(got, "expired") != 1 {
		t.Fatalf("after the extension and the signature: %q, audit %+v", got.Status, got.Audit)
	}
}

func TestAVoidedDocumentTellsItsSignerAndItsPageSaysSo(t *testing.T) {
	p := newPortal(t, "sqlite")
	jane := p.contact(p.acme.Token, "jane@example.com", "Jane Doe")
	d := p.sendWith(jane, `{}`)
	b := p.browser("acme.localhost:8080")
	b.openLink(p.signLink("jane@example.com"))
	if a := p.apiReq("POST", "/api/v1/documents/"+d.ID+"/void", p.acme.Token, strings.NewReader(`{"reason":" "}`), "application/json"); a.status != http.StatusUnprocessableEntity {
		t.Errorf("void without a reason: %d %s", a.status, a.text())
	}
	a := p.apiReq("POST", "/api/v1/documents/"+d.ID+"/void", p.acme.Token, strings.NewReader(`{"reason":"Wrong price"}`), "application/json")
	if a.status != http.StatusOK {
		t.Fatalf("void: %d %s", a.status, a.text())
	}
	page := "/documents/" + d.ID
	if text := b.request("GET", page, nil).text(); !strings.Contains(text, "This document was voided") || !strings.Contains(text, "Wrong price") {
		t.Errorf("the voided document's page: %.400s", text)
	}
	es := p.emailsTo("jane@example.com")
	if last := es[len(es)-1]; !strings.Contains(last.Subject, "withdrew") || !strings.Contains(last.TextBody, "Wrong price") {
		t.Errorf("the signer's last email is %q: %.200s", last.Subject, last.TextBody)
	}
	if _, err := p.sys.Documents.Sign(context.Background(), p.acme.Workspace.ID, jane.ID, d.ID,
		documents.Signature{Name: "Jane Doe", Consent: true}, documents.Meta{}); !apperr.Is(err, apperr.Conflict) || !strings.Contains(err.Error(), "voided") {
		t.Fatalf("signing a voided document: %v, want a refusal that says it was voided", err)
	}
}
