package web_test

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"clientportal/shared/api"
)

func TestAContactsLanguageIsSavedOnCreateAndPatchAndShownInTheirJSON(t *testing.T) {
	for _, dialect := range []string{"sqlite", "postgres"} {
		t.Run(dialect, func(t *testing.T) {
			p := newPortal(t, dialect)
			a := p.api(http.MethodPost, "/api/v1/contacts", p.acme.Token, `{"email":"jan@example.test","name":"Jan","language":"pl"}`)
			mustStatus(t, a, http.StatusCreated)
			var c api.Contact
			if err := json.Unmarshal([]byte(a.body), &c); err != nil || c.Language != "pl" {
				t.Fatalf("created contact %s: language %q, want pl", a.body, c.Language)
			}
			a = p.api(http.MethodPatch, "/api/v1/contacts/"+c.ID, p.acme.Token, `{"language":"PT-br"}`)
			mustStatus(t, a, http.StatusOK)
			if err := json.Unmarshal([]byte(a.body), &c); err != nil || c.Language != "pt-BR" {
				t.Fatalf("patched contact %s: language %q, want pt-BR in its canonical spelling", a.body, c.Language)
			}
			a = p.api(http.MethodGet, "/api/v1/contacts/"+c.ID, p.acme.Token, "")
			if err := json.Unmarshal([]byte(a.body), &c); err != nil || c.Language != "pt-BR" {
				t.Errorf("the contact read back says language %q, want pt-BR", c.Language)
			}
			a = p.api(http.MethodPatch, "/api/v1/contacts/"+c.ID, p.acme.Token, `{"language":""}`)
			if err := json.Unmarshal([]byte(a.body), &c); err != nil || c.Language != "" {
				t.Errorf("an empty language goes back to the browser's; got %q", c.Language)
			}
		})
	}
}

func TestAnUnknownLanguageIsRefusedWithTheSupportedCodesAndChangesNothing(t *testing.T) {
	p := newPortal(t, "sqlite")
	a := p.api(http.MethodPost, "/api/v1/contacts", p.acme.Token, `{"email":"kim@example.test","language":"klingon"}`)
	if f := accessFields(t, a, http.StatusUnprocessableEntity, api.CodeValidation); !strings.Contains(f["language"], "zh-Hans") {
		t.Errorf("the refusal does not list the supported codes: %s", a.body)
	}
	if list := p.api(http.MethodGet, "/api/v1/contacts", p.acme.Token, ""); strings.Contains(list.body, "kim@example.test") {
		t.Errorf("the refused contact was saved: %s", list.body)
	}
	a = p.api(http.MethodPost, "/api/v1/contacts", p.acme.Token, `{"email":"kim@example.test","language":"ja"}`)
	mustStatus(t, a, http.StatusCreated)
	var c api.Contact
	_ = json.Unmarshal([]byte(a.body), &c)
	a = p.api(http.MethodPatch, "/api/v1/contacts/"+c.ID, p.acme.Token, `{"language":"xx-YY","name":"Kim Lee"}`)
	if f := accessFields(t, a, http.StatusUnprocessableEntity, api.CodeValidation); !strings.Contains(f["language"], "pt-BR") {
		t.Errorf("the refusal of xx-YY does not list the supported codes: %s", a.body)
	}
	a = p.api(http.MethodGet, "/api/v1/contacts/"+c.ID, p.acme.Token, "")
	if err := json.Unmarshal([]byte(a.body), &c); err != nil || c.Language != "ja" || c.Name == "Kim Lee" {
		t.Errorf("the refused change was saved: %s", a.body)
	}
}

func TestTheWorkspacesDefaultLanguageIsASettingThatRefusesUnknownCodes(t *testing.T) {
	p := newPortal(t, "sqlite")
	if got := p.portalOf(p.acme.Token).Settings.Language; got != "en" {
		t.Errorf("a new workspace's language is %q, want en", got)
	}
	mustStatus(t, p.api(http.MethodPatch, "/api/v1/portal/settings", p.acme.Token, `{"language":"de"}`), http.StatusOK)
	if got := p.portalOf(p.acme.Token).Settings.Language; got != "de" {
		t.Errorf("after the change the language is %q, want de", got)
	}
	for _, bad := range []string{`""`, `"de-CH-x"`, `"english"`} {
		a := p.api(http.MethodPatch, "/api/v1/portal/settings", p.acme.Token, `{"language":`+bad+`}`)
		if f := accessFields(t, a, http.StatusUnprocessableEntity, api.CodeValidation); !strings.Contains(f["language"], "ar") {
			t.Errorf("language %s: the refusal lists no codes: %s", bad, a.body)
		}
	}
	if got := p.portalOf(p.acme.Token).Settings.Language; got != "de" {
		t.Errorf("refused changes moved the language to %q", got)
	}
}
