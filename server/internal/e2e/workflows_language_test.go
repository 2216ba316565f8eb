package e2e

import (
	"context"
	"mime"
	"strings"
	"testing"

	"clientportal/shared/api"
)

func TestAWorkflowEmailOfASavedTemplateIsInEachContactsLanguage(t *testing.T) {
	s := open(t, "sqlite")
	s.createWorkflow(api.WorkflowInput{Name: "Welcome", Enabled: true, Trigger: api.WorkflowTrigger{Event: "contact.created"},
		Steps: []api.WorkflowStep{{Kind: "email", TemplateID: "login"}}})
	for _, c := range []api.NewContact{{Email: "lena@client.test", Name: "Lena Vogel", Language: "de"}, {Email: "ann@client.test", Name: "Ann Lee"}} {
		if _, err := s.owner.CreateContact(context.Background(), c, ""); err != nil {
			t.Fatal(err)
		}
	}
	s.automate()
	subjects := map[string]string{}
	for _, addr := range []string{"lena@client.test", "ann@client.test"} {
		for _, m := range s.emailsTo(addr) {
			subjects[addr], _ = new(mime.WordDecoder).DecodeHeader(m.Subject)
		}
	}
	if !strings.HasPrefix(subjects["lena@client.test"], "Ihr Anmeldelink für") {
		t.Errorf("the German contact's workflow email is %q, want the login email's German wording", subjects["lena@client.test"])
	}
	if !strings.HasPrefix(subjects["ann@client.test"], "Your login link for") {
		t.Errorf("the contact without a language got %q, want the workspace's English wording", subjects["ann@client.test"])
	}
}
