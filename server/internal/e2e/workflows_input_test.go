package e2e

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"clientportal/shared/api"
)

func TestAWorkflowWithBadInputIsRefusedWithTheFieldNamedAndNothingSaved(t *testing.T) {
	eachDialect(t, func(t *testing.T, dialect string) {
		s := open(t, dialect)
		email := api.WorkflowStep{Kind: "email", Subject: "Hi", Body: "Log in: {{portal.magic_link}}"}
		for _, tc := range []struct {
			name, field, says string
			in                api.WorkflowInput
		}{
			{"unknown event", "trigger.event", "contact.invited", api.WorkflowInput{Name: "x", Trigger: api.WorkflowTrigger{Event: "contact.sneezed"}, Steps: []api.WorkflowStep{email}}},
			{"unknown step kind", "steps[0].kind", "dance", api.WorkflowInput{Name: "x", Trigger: api.WorkflowTrigger{Manual: true}, Steps: []api.WorkflowStep{{Kind: "dance"}}}},
			{"unknown custom value", "steps[0].body", "{{contact.nickname}}", api.WorkflowInput{Name: "x", Trigger: api.WorkflowTrigger{Manual: true},
				Steps: []api.WorkflowStep{{Kind: "email", Subject: "Hi", Body: "Hi {{contact.nickname}}"}}}},
			{"a document value without a document", "steps[0].body", "{{document.sign_link}}", api.WorkflowInput{Name: "x", Trigger: api.WorkflowTrigger{Event: "contact.invited"},
				Steps: []api.WorkflowStep{{Kind: "email", Subject: "Hi", Body: "Sign: {{document.sign_link}}"}}}},
			{"a wait under a second", "steps[0].duration", "1s", api.WorkflowInput{Name: "x", Trigger: api.WorkflowTrigger{Manual: true},
				Steps: []api.WorkflowStep{{Kind: "wait", Duration: "500ms"}, email}}},
			{"an if on a missing field", "steps[0].condition.field", "plan", api.WorkflowInput{Name: "x", Trigger: api.WorkflowTrigger{Manual: true},
				Steps: []api.WorkflowStep{{Kind: "if", Condition: &api.WorkflowCondition{Field: "plan", Equals: new("gold")}, Then: []api.WorkflowStep{email}}}}},
			{"a nested bad step", "steps[0].then[0].subject", "Write", api.WorkflowInput{Name: "x", Trigger: api.WorkflowTrigger{Manual: true},
				Steps: []api.WorkflowStep{{Kind: "if", Condition: &api.WorkflowCondition{HasPhone: new(true)}, Then: []api.WorkflowStep{{Kind: "email", Body: "b"}}}}}},
			{"a document send without its template", "steps[0].template_id", "document template", api.WorkflowInput{Name: "x", Trigger: api.WorkflowTrigger{Manual: true},
				Steps: []api.WorkflowStep{{Kind: "send_document"}}}},
			{"a document send of a template that does not exist", "steps[0].template_id", "no-such-template", api.WorkflowInput{Name: "x",
				Trigger: api.WorkflowTrigger{Manual: true}, Steps: []api.WorkflowStep{{Kind: "send_document", TemplateID: "no-such-template"}}}},
			{"a bad schedule", "trigger.schedule", "five", api.WorkflowInput{Name: "x", Trigger: api.WorkflowTrigger{Schedule: "every monday"}, Steps: []api.WorkflowStep{email}}},
			{"two triggers", "trigger", "one trigger", api.WorkflowInput{Name: "x", Trigger: api.WorkflowTrigger{Event: "contact.invited", Manual: true}, Steps: []api.WorkflowStep{email}}},
		} {
			ae := ownerCall(s, s.owner, http.MethodPost, "/api/v1/workflows", tc.in, nil)
			if ae == nil || ae.Status != 422 || !strings.Contains(ae.Fields[tc.field], tc.says) {
				t.Errorf("%s: answered %v, want 422 with %s saying %q", tc.name, ae, tc.field, tc.says)
			}
		}
		var list api.WorkflowList
		mustCall(s, http.MethodGet, "/api/v1/workflows", nil, &list)
		if len(list.Workflows) != 0 {
			t.Errorf("refused workflows were saved: %+v", list.Workflows)
		}
	})
}

func TestAManualWorkflowStartsForTheNamedContactsAndIsAWorkspacesOwn(t *testing.T) {
	eachDialect(t, func(t *testing.T, dialect string) {
		s := open(t, dialect)
		mustCall(s, http.MethodPost, "/api/v1/contact-fields", api.ContactField{Key: "plan", Label: "Plan"}, nil)
		var jane api.Contact
		mustCall(s, http.MethodPost, "/api/v1/contacts", api.NewContact{Email: "jane@client.test", Name: "Jane Doe", Fields: map[string]string{"plan": "gold"}}, &jane)
		bob := s.contact("bob@client.test", "Bob Stone")
		w := s.createWorkflow(api.WorkflowInput{Name: "Gold welcome", Enabled: true, Trigger: api.WorkflowTrigger{Manual: true},
			Steps: []api.WorkflowStep{{Kind: "if", Condition: &api.WorkflowCondition{Field: "plan", Equals: new("gold")},
				Then: []api.WorkflowStep{{Kind: "email", Subject: "Welcome to {{contact.fields.plan}}, {{contact.first_name}}", Body: "Code: {{portal.login_code}}"}},
				Else: []api.WorkflowStep{{Kind: "notify_owner", Message: "{{contact.name}} is not on gold"}}}}})
		var started api.WorkflowStarted
		mustCall(s, http.MethodPost, "/api/v1/workflows/"+w.ID+"/runs", api.WorkflowStart{ContactIDs: []string{jane.ID, bob.ID}}, &started)
		if len(started.Runs) != 2 {
			t.Fatalf("started %d runs, want 2", len(started.Runs))
		}
		s.automate()
		got := s.waitEmails(1, 10*time.Second)
		if len(got) != 1 || got[0].Subject != "Welcome to gold, Jane" || !strings.Contains(got[0].Text, "Code: ") {
			t.Fatalf("emails %+v; want one to Jane welcoming her to gold with a code", got)
		}
		runs := s.runsOf(w.ID)
		if stepKinds(runs[jane.ID]) != "if:then email:done" || stepKinds(runs[bob.ID]) != "if:else notify_owner:done" {
			t.Errorf("steps: Jane %q, Bob %q", stepKinds(runs[jane.ID]), stepKinds(runs[bob.ID]))
		}
		var one api.Workflow
		mustCall(s, http.MethodGet, "/api/v1/workflows/"+w.ID, nil, &one)
		if one.Runs.Done != 2 || one.Runs.Total != 2 {
			t.Errorf("workflow counts %+v, want 2 done", one.Runs)
		}

		other := s.apiClient(s.setup("Globex", "owner@globex.test").Token)
		for _, call := range []struct{ method, path string }{{http.MethodGet, "/api/v1/workflows/" + w.ID}, {http.MethodGet, "/api/v1/workflows/" + w.ID + "/runs"},
			{http.MethodPatch, "/api/v1/workflows/" + w.ID}, {http.MethodDelete, "/api/v1/workflows/" + w.ID}} {
			var body any
			if call.method == http.MethodPatch {
				body = map[string]any{"enabled": false}
			}
			if ae := ownerCall(s, other, call.method, call.path, body, nil); ae == nil || ae.Status != 404 {
				t.Errorf("another workspace's %s %s answered %v, want 404", call.method, call.path, ae)
			}
		}
		theirs := s.createWorkflowWith(other, api.WorkflowInput{Name: "Theirs", Enabled: true, Trigger: api.WorkflowTrigger{Manual: true},
			Steps: []api.WorkflowStep{{Kind: "notify_owner", Message: "hi"}}})
		if ae := ownerCall(s, other, http.MethodPost, "/api/v1/workflows/"+theirs.ID+"/runs", api.WorkflowStart{ContactIDs: []string{jane.ID}}, nil); ae == nil || ae.Status != 422 {
			t.Errorf("starting another workspace's workflow for Acme's Jane answered %v, want 422", ae)
		}

		mustCall(s, http.MethodDelete, "/api/v1/workflows/"+w.ID, nil, nil)
		var list api.WorkflowList
		mustCall(s, http.MethodGet, "/api/v1/workflows", nil, &list)
		if len(list.Workflows) != 0 {
			t.Errorf("the deleted workflow is still listed")
		}
	})
}

// createWorkflowWith saves a workflow with another owner's client.
func (s *server) createWorkflowWith(owner *api.Client, in api.WorkflowInput) api.Workflow {
	s.t.Helper()
	var w api.Workflow
	if ae := ownerCall(s, owner, http.MethodPost, "/api/v1/workflows", in, &w); ae != nil {
		s.t.Fatalf("create workflow: %v", ae)
	}
	return w
}
