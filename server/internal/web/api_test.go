package web_test

import (
	"net/http"
	"strings"
	"testing"

	"clientportal/shared/api"
)

func TestPortalAnswersTheWorkspaceItsAddressAndZeroCounts(t *testing.T) {
	p := newPortal(t, "sqlite")
	a := p.api(http.MethodGet, "/api/v1/portal", p.acme.Token, "")
	if !strings.Contains(a.body, `"domains":[]`) {
		t.Errorf("a portal without domains must answer an empty list, got %s", a.body)
	}
	got := p.portalOf(p.acme.Token)
	if got.Workspace.ID != p.acme.Workspace.ID || got.Workspace.Name != "Acme" {
		t.Errorf("workspace %+v, want Acme", got.Workspace)
	}
	if got.URL != "http://acme.localhost:8080" {
		t.Errorf("portal URL %q, want http://acme.localhost:8080", got.URL)
	}
	if got.Invited != 0 || got.Joined != 0 || len(got.Domains) != 0 {
		t.Errorf("a new portal shows %d invited, %d joined, domains %v; want zeros", got.Invited, got.Joined, got.Domains)
	}
}

func TestAPIRefusesAMissingOrWrongTokenWith401(t *testing.T) {
	p := newPortal(t, "sqlite")
	cases := map[string]string{
		"no header":          "",
		"empty bearer":       "Bearer ",
		"basic auth":         "Basic b3duZXI6c2VjcmV0",
		"too short":          "Bearer cpo_x",
		"unknown token":      "Bearer cpo_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
		"token with a typo":  "Bearer " + p.acme.Token[:len(p.acme.Token)-1] + "x",
		"token of the owner": "Token " + p.acme.Token,
	}
	for name, auth := range cases {
		t.Run(name, func(t *testing.T) {
			a := p.do(request{path: "/api/v1/portal", header: map[string]string{"Authorization": auth}})
			msg := apiError(t, a, http.StatusUnauthorized, api.CodeUnauthorized)
			if !strings.Contains(msg, "token") {
				t.Errorf("message %q does not say the token is the problem", msg)
			}
			if a.header.Get("WWW-Authenticate") == "" {
				t.Error("401 without WWW-Authenticate")
			}
			if strings.Contains(a.body, "Acme") {
				t.Errorf("refused answer leaks the workspace: %s", a.body)
			}
		})
	}
}

func TestMalformedJSONIsRefusedWithAClearMessageAndChangesNothing(t *testing.T) {
	p := newPortal(t, "sqlite")
	cases := map[string]string{
		"cut short":      `{"host":`,
		"not JSON":       `host=portal.acme.test`,
		"wrong type":     `{"host": 5}`,
		"unknown field":  `{"host":"portal.acme.test","verified":true}`,
		"two objects":    `{"host":"portal.acme.test"} {"host":"x.acme.test"}`,
		"an array":       `["portal.acme.test"]`,
		"only the start": `{`,
	}
	for name, body := range cases {
		t.Run(name, func(t *testing.T) {
			a := p.api(http.MethodPost, "/api/v1/portal/domains", p.acme.Token, body)
			msg := apiError(t, a, http.StatusBadRequest, api.CodeBadRequest)
			if !strings.Contains(msg, "JSON body") {
				t.Errorf("message %q does not say the JSON body is the problem", msg)
			}
		})
	}
	if hs := hostsOf(p.portalOf(p.acme.Token)); len(hs) != 0 {
		t.Fatalf("bad requests added domains %v", hs)
	}
}

func TestABodyThatIsNotJSONIsRefusedWith415(t *testing.T) {
	p := newPortal(t, "sqlite")
	a := p.do(request{method: http.MethodPost, path: "/api/v1/portal/domains", token: p.acme.Token,
		contentType: "text/plain", body: `{"host":"portal.acme.test"}`})
	if msg := apiError(t, a, http.StatusUnsupportedMediaType, api.CodeUnsupportedMedia); !strings.Contains(msg, "application/json") {
		t.Errorf("message %q does not name the content type to send", msg)
	}
	if hs := hostsOf(p.portalOf(p.acme.Token)); len(hs) != 0 {
		t.Fatalf("refused request added domains %v", hs)
	}
}

func TestAJSONBodyOver1MiBIsRefusedWith413(t *testing.T) {
	p := newPortal(t, "sqlite")
	body := `{"host":"` + strings.Repeat("a", 1<<20) + `.acme.test"}`
	a := p.api(http.MethodPost, "/api/v1/portal/domains", p.acme.Token, body)
	if msg := apiError(t, a, http.StatusRequestEntityTooLarge, api.CodeTooLarge); !strings.Contains(msg, "1 MiB") {
		t.Errorf("message %q does not say the limit", msg)
	}
	if hs := hostsOf(p.portalOf(p.acme.Token)); len(hs) != 0 {
		t.Fatalf("refused request added domains %v", hs)
	}
}

func TestAnUnknownAPIPathAnswers404InTheErrorShape(t *testing.T) {
	p := newPortal(t, "sqlite")
	a := p.api(http.MethodGet, "/api/v1/no-such-resource", p.acme.Token, "")
	if msg := apiError(t, a, http.StatusNotFound, api.CodeNotFound); !strings.Contains(msg, "/api/v1/no-such-resource") {
		t.Errorf("message %q does not name the path", msg)
	}
}

func TestAnInvalidDomainIsRefusedWithAMessageForTheField(t *testing.T) {
	p := newPortal(t, "sqlite")
	for _, host := range []string{"", "https://portal.acme.test", "portal.acme.test:8443", "127.0.0.1", "acme.localhost"} {
		a := p.api(http.MethodPost, "/api/v1/portal/domains", p.acme.Token, `{"host":"`+host+`"}`)
		apiError(t, a, http.StatusUnprocessableEntity, api.CodeValidation)
		if !strings.Contains(a.body, `"host"`) {
			t.Errorf("%q: the answer names no field: %s", host, a.body)
		}
	}
	if hs := hostsOf(p.portalOf(p.acme.Token)); len(hs) != 0 {
		t.Fatalf("invalid domains were added: %v", hs)
	}
}

func TestARepeatedRequestWithTheSameIdempotencyKeyGetsTheFirstAnswerAndAddsOnce(t *testing.T) {
	p := newPortal(t, "sqlite")
	send := func(body string) answer {
		return p.do(request{method: http.MethodPost, path: "/api/v1/portal/domains", token: p.acme.Token,
			contentType: "application/json", body: body, header: map[string]string{"Idempotency-Key": "add-portal-domain-1"}})
	}
	first, second := send(`{"host":"portal.acme.test"}`), send(`{"host":"portal.acme.test"}`)
	if first.status != http.StatusCreated || second.status != http.StatusCreated || first.body != second.body {
		t.Fatalf("answers %d %s and %d %s; want the same 201 twice", first.status, first.body, second.status, second.body)
	}
	if second.header.Get("Idempotent-Replayed") != "true" {
		t.Error("the repeated answer is not marked Idempotent-Replayed")
	}
	other := send(`{"host":"other.acme.test"}`)
	if msg := apiError(t, other, http.StatusUnprocessableEntity, api.CodeValidation); !strings.Contains(msg, "Idempotency-Key") {
		t.Errorf("message %q does not name the key", msg)
	}
	if hs := hostsOf(p.portalOf(p.acme.Token)); len(hs) != 1 || hs[0] != "portal.acme.test" {
		t.Fatalf("domains %v, want portal.acme.test once", hs)
	}
}
