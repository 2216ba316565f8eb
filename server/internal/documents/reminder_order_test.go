package documents_test

import (
	"net/http"
	"strings"
	"testing"

	"clientportal/shared/api"
)

func TestAFirstReminderAtOrAfterTheExpiryIsRefusedInTheDefaultsAndInASend(t *testing.T) {
	p := newPortal(t, "sqlite")
	const says = "The first reminder must come before the document expires"
	for _, body := range []string{
		`{"reminders":{"first_after":"720h"}}`,
		`{"reminders":{"first_after":"1000h"},"expires_in":"240h"}`,
		`{"expires_in":"48h"}`, // the first reminder stays at 72h
	} {
		a := p.apiReq("PATCH", "/api/v1/documents/defaults", p.acme.Token, strings.NewReader(body), "application/json")
		if a.status != http.StatusUnprocessableEntity || !strings.Contains(a.text(), `"reminders.first_after"`) || !strings.Contains(a.text(), says) {
			t.Errorf("PATCH defaults %s: %d %s, want 422 naming reminders.first_after", body, a.status, a.text())
		}
	}
	if got := describe(p.signingDefaults(p.acme.Token)); got != "72h0m0s 48h0m0s 5 720h0m0s" {
		t.Fatalf("refused changes left the defaults at %q", got)
	}
	if a := p.apiReq("PATCH", "/api/v1/documents/defaults", p.acme.Token, strings.NewReader(`{"reminders":{"max":0},"expires_in":"48h"}`),
		"application/json"); a.status != http.StatusOK {
		t.Errorf("expiry before the first reminder with no reminders: %d %s, want it saved", a.status, a.text())
	}

	jane := p.contact(p.acme.Token, "jane@example.com", "Jane Doe")
	a := p.upload(p.acme.Token, "Service agreement", jane.ID, "", contractPDF())
	var d api.Document
	mustJSON(t, a.body, &d)
	a = p.apiReq("POST", "/api/v1/documents/"+d.ID+"/send", p.acme.Token,
		strings.NewReader(`{"reminders":{"first_after":"10h","max":2},"expires_in":"5h"}`), "application/json")
	if a.status != http.StatusUnprocessableEntity || !strings.Contains(a.text(), `"reminders.first_after"`) || !strings.Contains(a.text(), says) {
		t.Errorf("a send whose first reminder comes after it expires: %d %s, want 422 naming reminders.first_after", a.status, a.text())
	}
	a = p.apiReq("GET", "/api/v1/documents/"+d.ID, p.acme.Token, nil, "")
	mustJSON(t, a.body, &d)
	if d.Status != api.DocumentDraft {
		t.Errorf("the refused send left the document %s, want it still a draft", d.Status)
	}
}
