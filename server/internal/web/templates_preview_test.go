package web_test

import (
	"net/http"
	"strings"
	"testing"

	"clientportal/shared/api"
)

func TestTemplatePreviewShowsTheWordingForTheChosenContactAndSavesNothing(t *testing.T) {
	p := newPortal(t, "sqlite")
	jane := p.accessContact(p.acme.Token, "jane@example.com", "Jane Doe")
	body := `{"contact_id":"` + jane.ID + `","subject":"Hello {{contact.first_name}}","body":"Welcome to {{workspace.name}}: {{portal.magic_link}}"}`
	a := p.api(http.MethodPost, "/api/v1/email-templates/invitation/preview", p.acme.Token, body)
	var got api.TemplatePreview
	accessDecode(t, a, &got)
	if got.Subject != "Hello Jane" || !strings.Contains(got.Text, "Welcome to Acme") || !strings.Contains(got.HTML, "Open your portal") {
		t.Fatalf("preview = %+v", got)
	}
	var saved api.EmailTemplate
	accessDecode(t, p.api(http.MethodGet, "/api/v1/email-templates/invitation", p.acme.Token, ""), &saved)
	if strings.Contains(saved.Subject, "Hello") {
		t.Fatalf("the preview saved the template: %+v", saved)
	}
}

func TestTemplatePreviewRefusesAnUnknownFieldAndAnotherWorkspacesContact(t *testing.T) {
	p := newPortal(t, "sqlite")
	jane := p.accessContact(p.acme.Token, "jane@example.com", "Jane Doe")
	bad := `{"contact_id":"` + jane.ID + `","subject":"Hi","body":"{{contact.age}}"}`
	if msg := apiError(t, p.api(http.MethodPost, "/api/v1/email-templates/login/preview", p.acme.Token, bad), http.StatusUnprocessableEntity, api.CodeValidation); msg == "" {
		t.Fatal("no message")
	}
	other := p.setup("Globex", "owner@globex.test")
	ok := `{"contact_id":"` + jane.ID + `","subject":"Hi","body":"Hello"}`
	apiError(t, p.api(http.MethodPost, "/api/v1/email-templates/login/preview", other.Token, ok), http.StatusNotFound, api.CodeNotFound)
}

func TestTheConsentTextCanBeRewordedAndRestored(t *testing.T) {
	p := newPortal(t, "sqlite")
	var d struct{ Text string }
	accessDecode(t, p.api(http.MethodPut, "/api/v1/documents/disclosure", p.acme.Token, `{"text":"I agree to sign electronically."}`), &d)
	if d.Text != "I agree to sign electronically." {
		t.Fatalf("saved text = %q", d.Text)
	}
	accessDecode(t, p.api(http.MethodPut, "/api/v1/documents/disclosure", p.acme.Token, `{"text":""}`), &d)
	if !strings.Contains(d.Text, "sign this document electronically") {
		t.Fatalf("empty text did not restore the default: %q", d.Text)
	}
}
