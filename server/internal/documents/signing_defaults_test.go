package documents_test

import (
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"clientportal/server/internal/storetest"
	"clientportal/server/internal/systemtest"
	"clientportal/shared/api"
)

func (p *portal) signingDefaults(token string) api.DocumentSendOptions {
	p.t.Helper()
	a := p.apiReq("GET", "/api/v1/documents/defaults", token, nil, "")
	if a.status != http.StatusOK {
		p.t.Fatalf("GET defaults: %d %s", a.status, a.text())
	}
	var o api.DocumentSendOptions
	mustJSON(p.t, a.body, &o)
	return o
}

func describe(o api.DocumentSendOptions) string {
	if o.Reminders == nil || o.Reminders.Max == nil {
		return "no reminders in " + o.ExpiresIn
	}
	return fmt.Sprintf("%s %s %d %s", o.Reminders.FirstAfter, o.Reminders.Every, *o.Reminders.Max, o.ExpiresIn)
}

func TestTheWorkspaceSigningDefaultsStartAsThreeDaysTwoDaysFiveAndThirtyDaysAndRefuseBadValuesByField(t *testing.T) {
	p := newPortal(t, "sqlite")
	if got := describe(p.signingDefaults(p.acme.Token)); got != "72h0m0s 48h0m0s 5 720h0m0s" {
		t.Fatalf("a new workspace's defaults are %q", got)
	}
	for _, c := range []struct{ body, field string }{
		{`{"reminders":{"first_after":"500ms"}}`, "reminders.first_after"},
		{`{"reminders":{"every":"every day"}}`, "reminders.every"},
		{`{"reminders":{"max":-1}}`, "reminders.max"},
		{`{"expires_in":"0s"}`, "expires_in"},
	} {
		a := p.apiReq("PATCH", "/api/v1/documents/defaults", p.acme.Token, strings.NewReader(c.body), "application/json")
		if a.status != http.StatusUnprocessableEntity || !strings.Contains(a.text(), `"`+c.field+`"`) {
			t.Errorf("PATCH %s: %d %s, want 422 naming %s", c.body, a.status, a.text(), c.field)
		}
	}
	if got := describe(p.signingDefaults(p.acme.Token)); got != "72h0m0s 48h0m0s 5 720h0m0s" {
		t.Fatalf("refused changes left the defaults at %q", got)
	}
	a := p.apiReq("PATCH", "/api/v1/documents/defaults", p.acme.Token, strings.NewReader(`{"reminders":{"first_after":"24h","max":0},"expires_in":"168h"}`), "application/json")
	if a.status != http.StatusOK {
		t.Fatalf("PATCH: %d %s", a.status, a.text())
	}
	if got := describe(p.signingDefaults(p.acme.Token)); got != "24h0m0s 48h0m0s 0 168h0m0s" {
		t.Errorf("after the change the defaults are %q, want every to stay at 48h", got)
	}
	other := p.setup("Globex")
	if got := describe(p.signingDefaults(other.Token)); got != "72h0m0s 48h0m0s 5 720h0m0s" {
		t.Errorf("another workspace's defaults moved to %q", got)
	}
}

func TestASendThatNamesNoRemindersOrExpiryUsesTheWorkspaceDefaults(t *testing.T) {
	for _, dialect := range storetest.Dialects {
		t.Run(dialect, func(t *testing.T) {
			p := newPortal(t, dialect)
			clk := systemtest.Clock(t, p.sys)
			a := p.apiReq("PATCH", "/api/v1/documents/defaults", p.acme.Token,
				strings.NewReader(`{"reminders":{"first_after":"2s","every":"3s","max":2},"expires_in":"1h"}`), "application/json")
			if a.status != http.StatusOK {
				t.Fatalf("PATCH: %d %s", a.status, a.text())
			}
			jane := p.contact(p.acme.Token, "jane@example.com", "Jane Doe")
			bob := p.contact(p.acme.Token, "bob@example.com", "Bob Roe")
			byDefault := p.sentDocument(p.acme.Token, "Service agreement", jane, contractPDF())
			own := p.sendWith(bob, `{"expires_in":"10h"}`)
			if got := byDefault.ExpiresAt.Sub(*byDefault.SentAt).Round(time.Second); got != time.Hour {
				t.Errorf("a send without a body expires %s after it, want the workspace's 1h", got)
			}
			if got := own.ExpiresAt.Sub(*own.SentAt).Round(time.Second); got != 10*time.Hour {
				t.Errorf("a send naming expires_in 10h expires %s after it", got)
			}
			for i, want := range []int{0, 1, 2, 2} {
				if i > 0 {
					clk.Advance(3 * time.Second)
				}
				p.runJobs()
				if n := reminders(p, "jane@example.com"); n != want {
					t.Fatalf("after %d s Jane has %d reminders, want %d (the workspace's plan)", 3*i, n, want)
				}
				if n := reminders(p, "bob@example.com"); n != want {
					t.Fatalf("after %d s Bob has %d reminders, want %d (his send kept the workspace's reminders)", 3*i, n, want)
				}
			}
		})
	}
}
