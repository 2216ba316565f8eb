package e2e

import (
	"context"
	"net/http"
	"strings"
	"testing"

	"clientportal/shared/api"
)

func TestAWorkflowStartedByDocumentSentCannotSendADocumentAndWouldNotStartItself(t *testing.T) {
	eachDialect(t, func(t *testing.T, dialect string) {
		s := open(t, dialect)
		lease := s.template("Lease", "Client")
		send := api.WorkflowStep{Kind: "send_document", TemplateID: lease.ID}
		sent := api.WorkflowTrigger{Event: "document.sent"}
		for _, tc := range []struct {
			name, field string
			steps       []api.WorkflowStep
		}{
			{"a send step", "steps[0].kind", []api.WorkflowStep{send}},
			{"a send step inside an if", "steps[1].else[0].kind", []api.WorkflowStep{{Kind: "notify_owner", Message: "sent"},
				{Kind: "if", Condition: &api.WorkflowCondition{HasPhone: new(true)}, Then: []api.WorkflowStep{{Kind: "notify_owner", Message: "phone"}},
					Else: []api.WorkflowStep{send}}}},
		} {
			in := api.WorkflowInput{Name: "Send again", Enabled: true, Trigger: sent, Steps: tc.steps}
			ae := ownerCall(s, s.owner, http.MethodPost, "/api/v1/workflows", in, nil)
			if ae == nil || ae.Status != 422 || !strings.Contains(ae.Fields[tc.field], "start itself again") {
				t.Errorf("%s: answered %v, want 422 with %s saying it would start itself again", tc.name, ae, tc.field)
			}
		}
		w := s.createWorkflow(api.WorkflowInput{Name: "Send the lease", Enabled: true, Trigger: api.WorkflowTrigger{Event: "contact.joined"},
			Steps: []api.WorkflowStep{send}})
		if ae := ownerCall(s, s.owner, http.MethodPatch, "/api/v1/workflows/"+w.ID, api.WorkflowChange{Trigger: &sent}, nil); ae == nil ||
			ae.Status != 422 || !strings.Contains(ae.Fields["steps[0].kind"], "start itself again") {
			t.Errorf("moving a sending workflow onto document.sent answered %v, want 422 naming steps[0].kind", ae)
		}
		var list api.WorkflowList
		mustCall(s, http.MethodGet, "/api/v1/workflows", nil, &list)
		if len(list.Workflows) != 1 || list.Workflows[0].Trigger.Event != "contact.joined" {
			t.Errorf("workflows %+v; want only the lease workflow, still on contact.joined", list.Workflows)
		}
		// Other steps on document.sent are fine.
		s.createWorkflow(api.WorkflowInput{Name: "Tell me", Enabled: true, Trigger: sent, Steps: []api.WorkflowStep{{Kind: "notify_owner", Message: "sent"}}})
	})
}

func TestADocumentAWorkflowSendsIsAuditedAsSentByTheWorkflowNotTheOwner(t *testing.T) {
	eachDialect(t, func(t *testing.T, dialect string) {
		s := open(t, dialect)
		lease := s.template("Lease", "Client")
		w := s.createWorkflow(api.WorkflowInput{Name: "Send the lease", Enabled: true, Trigger: api.WorkflowTrigger{Manual: true},
			Steps: []api.WorkflowStep{{Kind: "send_document", TemplateID: lease.ID}}})
		jane := s.contact("jane@client.test", "Jane Doe")
		mustCall(s, http.MethodPost, "/api/v1/workflows/"+w.ID+"/runs", api.WorkflowStart{ContactIDs: []string{jane.ID}}, nil)
		s.automate()
		l, err := s.owner.Documents(context.Background(), "")
		if err != nil || len(l.Documents) != 1 {
			t.Fatalf("documents %+v (%v); want the one lease", l.Documents, err)
		}
		d, err := s.owner.Document(context.Background(), l.Documents[0].ID)
		if err != nil {
			t.Fatal(err)
		}
		by := map[string]string{}
		for _, a := range d.Audit {
			by[a.Action] = a.Actor
		}
		if by["sent"] != "workflow Send the lease" || by["uploaded"] != "workflow Send the lease" {
			t.Errorf("audit trail %+v; want the lease made and sent by workflow Send the lease", d.Audit)
		}
	})
}
