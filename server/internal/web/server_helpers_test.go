package web_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"clientportal/server/internal/system"
	"clientportal/server/internal/systemtest"
	"clientportal/server/internal/workspace"
	"clientportal/shared/api"
)

// portal is the whole server on a fresh database, reached through its real
// router with app.Test, and one workspace named Acme with its owner token.
type portal struct {
	t    *testing.T
	sys  *system.System
	acme workspace.Created
}

func newPortal(t *testing.T, dialect string) *portal {
	t.Helper()
	sys := systemtest.Open(t, dialect, map[string]string{"PORTAL_BASE_URL": "http://localhost:8080"})
	p := &portal{t: t, sys: sys}
	p.acme = p.setup("Acme", "owner@acme.test")
	return p
}

func (p *portal) setup(name, email string) workspace.Created {
	p.t.Helper()
	c, err := p.sys.Workspaces.Setup(context.Background(), name, email)
	if err != nil {
		p.t.Fatal(err)
	}
	return c
}

// request is one HTTP request to the server.
type request struct {
	method, path, host string
	token              string
	contentType        string
	body               string
	header             map[string]string
}

// answer is what the server sent back.
type answer struct {
	status int
	header http.Header
	body   string
}

func (p *portal) do(r request) answer {
	p.t.Helper()
	if r.method == "" {
		r.method = http.MethodGet
	}
	req := httptest.NewRequest(r.method, r.path, strings.NewReader(r.body))
	req.Host = "localhost:8080"
	if r.host != "" {
		req.Host = r.host
	}
	if r.token != "" {
		req.Header.Set("Authorization", "Bearer "+r.token)
	}
	if r.contentType != "" {
		req.Header.Set("Content-Type", r.contentType)
	}
	for k, v := range r.header {
		req.Header.Set(k, v)
	}
	res, err := p.sys.App.Test(req, -1)
	if err != nil {
		p.t.Fatalf("%s %s: %v", r.method, r.path, err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		p.t.Fatal(err)
	}
	return answer{status: res.StatusCode, header: res.Header, body: string(b)}
}

// api sends a JSON request with the given token.
func (p *portal) api(method, path, token, body string) answer {
	p.t.Helper()
	r := request{method: method, path: path, token: token, body: body}
	if body != "" {
		r.contentType = "application/json"
	}
	return p.do(r)
}

// portalOf reads GET /api/v1/portal with a token.
func (p *portal) portalOf(token string) api.Portal {
	p.t.Helper()
	a := p.api(http.MethodGet, "/api/v1/portal", token, "")
	if a.status != http.StatusOK {
		p.t.Fatalf("GET /api/v1/portal: %d %s", a.status, a.body)
	}
	var out api.Portal
	if err := json.Unmarshal([]byte(a.body), &out); err != nil {
		p.t.Fatalf("portal answer %q: %v", a.body, err)
	}
	return out
}

// apiError checks that a is the JSON error shape with status and code, and
// returns its message.
func apiError(t *testing.T, a answer, status int, code string) string {
	t.Helper()
	if a.status != status {
		t.Fatalf("status %d, want %d; body %s", a.status, status, a.body)
	}
	if ct := a.header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Fatalf("error answer has Content-Type %q, want JSON; body %s", ct, a.body)
	}
	var eb api.ErrorBody
	if err := json.Unmarshal([]byte(a.body), &eb); err != nil {
		t.Fatalf("error body %q is not the JSON error shape: %v", a.body, err)
	}
	if eb.Error.Code != code || eb.Error.Message == "" {
		t.Fatalf("error %+v, want code %q and a message", eb.Error, code)
	}
	return eb.Error.Message
}

func hostsOf(p api.Portal) []string {
	hs := []string{}
	for _, d := range p.Domains {
		hs = append(hs, d.Host)
	}
	return hs
}
