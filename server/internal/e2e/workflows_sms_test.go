package e2e

import (
	"context"
	"net/http"
	"strings"
	"testing"

	"clientportal/shared/api"
)

func TestAnSMSStepTextsALoginLinkAndFailsTheRunOfAContactWithoutAPhone(t *testing.T) {
	eachDialect(t, func(t *testing.T, dialect string) {
		s := open(t, dialect)
		w := s.createWorkflow(api.WorkflowInput{Name: "Text them", Enabled: true, Trigger: api.WorkflowTrigger{Manual: true},
			Steps: []api.WorkflowStep{{Kind: "sms"}, {Kind: "notify_owner", Message: "texted {{contact.name}}"}}})
		var jane api.Contact
		mustCall(s, http.MethodPost, "/api/v1/contacts", api.NewContact{Email: "jane@client.test", Name: "Jane Doe", Phone: "+1 415 555 2671"}, &jane)
		bob := s.contact("bob@client.test", "Bob Stone")
		mustCall(s, http.MethodPost, "/api/v1/workflows/"+w.ID+"/runs", api.WorkflowStart{ContactIDs: []string{jane.ID, bob.ID}}, nil)
		s.automate()
		texts, err := s.sys.Texts.Recent(context.Background(), 10)
		if err != nil || len(texts) != 1 || texts[0].ToPhone != "+14155552671" || !strings.Contains(texts[0].Body, "/l/") {
			t.Fatalf("texts %+v (%v); want one login link text to Jane", texts, err)
		}
		runs := s.runsOf(w.ID)
		if r := runs[jane.ID]; r.State != "done" || stepKinds(r) != "sms:done notify_owner:done" {
			t.Errorf("Jane's run %s, steps %q", r.State, stepKinds(r))
		}
		if r := runs[bob.ID]; r.State != "failed" || len(r.Steps) != 1 || !strings.Contains(r.Steps[0].Error, "phone") {
			t.Errorf("Bob's run %s, steps %+v; want failed at the sms step for want of a phone", r.State, r.Steps)
		}
	})
}
