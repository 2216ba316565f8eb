package e2e

import (
	"context"
	"net/http"
	"strings"
	"testing"
	"time"

	"clientportal/server/internal/documents"
	"clientportal/server/internal/model"
	"clientportal/shared/api"
	"clientportal/shared/testpdf"
)

// template saves a document template of the roles, signed on page 1.
func (s *server) template(title string, roles ...string) documents.Template {
	s.t.Helper()
	var fs []model.TemplateField
	for i, r := range roles {
		fs = append(fs, model.TemplateField{Kind: "signature", Page: 1, X: 0.1, Y: 0.6 + 0.1*float64(i), W: 0.35, H: 0.08, Role: r})
	}
	tp, err := s.sys.Documents.CreateTemplate(context.Background(), s.acme.Workspace.ID, documents.TemplateInput{Title: title, Roles: roles,
		Fields: fs, PDF: testpdf.Text(title + " between Acme and the client")})
	if err != nil {
		s.t.Fatalf("create template %q: %v", title, err)
	}
	return tp
}

func TestASendDocumentStepSendsTheTemplateToTheContactToSignOnce(t *testing.T) {
	eachDialect(t, func(t *testing.T, dialect string) {
		s := open(t, dialect)
		lease := s.template("Lease", "Client")
		pair := s.template("Guarantee", "Client", "Guarantor")
		in := api.WorkflowInput{Name: "Send the lease", Enabled: true, Trigger: api.WorkflowTrigger{Event: "contact.joined"},
			Steps: []api.WorkflowStep{{Kind: "send_document", TemplateID: pair.ID}}}
		if ae := ownerCall(s, s.owner, http.MethodPost, "/api/v1/workflows", in, nil); ae == nil || ae.Status != 422 || ae.Fields["steps[0].template_id"] == "" {
			t.Fatalf("a two-role template answered %v, want 422 naming steps[0].template_id", ae)
		}
		in.Steps[0].TemplateID = lease.ID
		w := s.createWorkflow(in)

		jane := s.invite("jane@client.test", "Jane Doe")
		s.automate()
		if _, h := s.oneClick(s.waitEmails(1, 10*time.Second)[0].Link); h != "Welcome, Jane" {
			t.Fatalf("Jane's invitation landed on %q", h)
		}
		s.automate()
		s.automate()
		if r := s.runsOf(w.ID)[jane.ID]; r.State != "done" || stepKinds(r) != "send_document:done" {
			t.Fatalf("Jane's run %s, steps %q; want send_document done", r.State, stepKinds(r))
		}
		l, err := s.owner.Documents(context.Background(), "")
		if err != nil || len(l.Documents) != 1 {
			t.Fatalf("documents %+v (%v); want the one lease", l.Documents, err)
		}
		if d := l.Documents[0]; d.Title != "Lease" || d.Signer.ID != jane.ID || d.Status != api.DocumentSent {
			t.Errorf("the document is %q to %s, %s; want the lease sent to Jane", d.Title, d.Signer.ID, d.Status)
		}
		// The invitation, then one email asking her to sign, with the one-click link to the lease.
		got := s.emailsTo("jane@client.test")
		link := s.acmeURL("/documents/" + l.Documents[0].ID + "/open/")
		if len(got) != 2 || !strings.Contains(got[1].HTML, link) {
			t.Errorf("Jane got %d emails; want the invitation and one request to sign the lease, linking to %s", len(got), link)
		}
	})
}

func TestADocumentThatExpiresUnsignedStartsTheSignersDocumentExpiredWorkflow(t *testing.T) {
	eachDialect(t, func(t *testing.T, dialect string) {
		s := open(t, dialect)
		lease := s.template("Lease", "Client")
		send := s.createWorkflow(api.WorkflowInput{Name: "Send the lease", Enabled: true, Trigger: api.WorkflowTrigger{Manual: true},
			Steps: []api.WorkflowStep{{Kind: "send_document", TemplateID: lease.ID}}})
		expired := s.createWorkflow(api.WorkflowInput{Name: "Lease expired", Enabled: true, Trigger: api.WorkflowTrigger{Event: "document.expired"},
			Steps: []api.WorkflowStep{{Kind: "notify_owner", Message: "{{contact.name}} let {{document.title}} expire"}}})
		jane := s.contact("jane@client.test", "Jane Doe")
		mustCall(s, http.MethodPost, "/api/v1/workflows/"+send.ID+"/runs", api.WorkflowStart{ContactIDs: []string{jane.ID}}, nil)
		s.automate()
		s.later(documents.DefaultExpiresIn + time.Hour)
		s.automate()
		if r := s.runsOf(expired.ID)[jane.ID]; r.State != "done" || stepKinds(r) != "notify_owner:done" {
			t.Fatalf("Jane's run of the expiry workflow: %+v; want notify_owner done", r)
		}
	})
}
