package web_test

import (
	"html"
	"net/http"
	"regexp"
	"strings"
	"testing"
)

func TestHealthzAnswersWhileTheProcessRuns(t *testing.T) {
	p := newPortal(t, "sqlite")
	if a := p.do(request{path: "/healthz"}); a.status != http.StatusOK || a.body != "ok" {
		t.Fatalf("/healthz = %d %q", a.status, a.body)
	}
}

func TestReadyzSaysWhetherTheDatabaseAnswers(t *testing.T) {
	for _, dialect := range []string{"sqlite", "postgres"} {
		t.Run(dialect, func(t *testing.T) {
			p := newPortal(t, dialect)
			if a := p.do(request{path: "/readyz"}); a.status != http.StatusOK || a.body != "ready" {
				t.Fatalf("/readyz with a database = %d %q", a.status, a.body)
			}
			p.sys.Store.Close()
			a := p.do(request{path: "/readyz"})
			if a.status != http.StatusServiceUnavailable || !strings.Contains(a.body, "database") {
				t.Fatalf("/readyz with the database closed = %d %q; want 503 naming the database", a.status, a.body)
			}
		})
	}
}

func TestEveryAnswerCarriesTheSecurityHeaders(t *testing.T) {
	p := newPortal(t, "sqlite")
	for _, r := range []request{{path: "/"}, {path: "/", host: "acme.localhost:8080"}, {path: "/api/v1/portal", token: p.acme.Token}, {path: "/nowhere"}} {
		a := p.do(r)
		csp := a.header.Get("Content-Security-Policy")
		if !strings.Contains(csp, "script-src 'self'") || strings.Contains(csp, "unsafe-inline") || strings.Contains(csp, "unsafe-eval") {
			t.Errorf("%s%s: CSP %q must allow only the server's own scripts", r.host, r.path, csp)
		}
		if !strings.Contains(csp, "frame-ancestors 'none'") {
			t.Errorf("%s%s: CSP %q lets other sites frame the page", r.host, r.path, csp)
		}
		if got := a.header.Get("X-Content-Type-Options"); got != "nosniff" {
			t.Errorf("%s%s: X-Content-Type-Options %q", r.host, r.path, got)
		}
		if got := a.header.Get("X-Frame-Options"); got != "DENY" {
			t.Errorf("%s%s: X-Frame-Options %q", r.host, r.path, got)
		}
	}
}

func TestThePortalOfAWorkspaceShowsItsNameOnItsHost(t *testing.T) {
	p := newPortal(t, "sqlite")
	a := p.do(request{path: "/", host: "acme.localhost:8080"})
	if a.status != http.StatusOK || !strings.Contains(a.body, "Welcome to Acme") {
		t.Fatalf("portal page = %d, want 200 with \"Welcome to Acme\":\n%s", a.status, a.body)
	}
	if strings.Contains(a.body, "<script>") || regexp.MustCompile(`<script[^>]*>[^<]`).MatchString(a.body) {
		t.Errorf("the page has an inline script, which the CSP would block")
	}
}

func TestAWorkspaceNameIsShownAsTextNeverAsMarkup(t *testing.T) {
	p := newPortal(t, "sqlite")
	w := p.setup(`Bob & <b>Co</b>`, "bob@bob.test")
	a := p.do(request{path: "/", host: w.Workspace.Slug + ".localhost:8080"})
	if !strings.Contains(a.body, html.EscapeString(`Bob & <b>Co</b>`)) || strings.Contains(a.body, "<b>Co</b>") {
		t.Fatalf("the name is not escaped on the portal page:\n%s", a.body)
	}
}

func TestAnUnknownHostGetsTheNoPortalPage(t *testing.T) {
	p := newPortal(t, "sqlite")
	for _, host := range []string{"nobody.localhost:8080", "portal.example.com", "acme.localhost.evil.test"} {
		a := p.do(request{path: "/", host: host})
		if a.status != http.StatusNotFound || !strings.Contains(a.body, "No portal here") || strings.Contains(a.body, "Acme") {
			t.Errorf("%s: %d, want 404 \"No portal here\":\n%s", host, a.status, a.body)
		}
	}
}

func TestAnUnknownPageAnswers404(t *testing.T) {
	p := newPortal(t, "sqlite")
	a := p.do(request{path: "/no/such/page", host: "acme.localhost:8080"})
	if a.status != http.StatusNotFound || !strings.Contains(a.body, "Acme") {
		t.Fatalf("unknown page on a portal = %d, want a 404 page in the portal's look:\n%s", a.status, a.body)
	}
}

func TestAFormPostWithoutTheCSRFTokenIsRefused(t *testing.T) {
	p := newPortal(t, "sqlite")
	a := p.do(request{method: http.MethodPost, path: "/login/link", host: "acme.localhost:8080",
		contentType: "application/x-www-form-urlencoded", body: "email=client%40example.com"})
	if a.status != http.StatusForbidden || !strings.Contains(a.body, "This form has expired") {
		t.Fatalf("POST without a CSRF token = %d, want 403 \"This form has expired\":\n%s", a.status, a.body)
	}
}

var csrfInPage = regexp.MustCompile(`"X-CSRF-Token": "([^"]+)"`)

func TestAFormPostWithThePagesCSRFTokenIsAccepted(t *testing.T) {
	p := newPortal(t, "sqlite")
	page := p.do(request{path: "/", host: "acme.localhost:8080"})
	m := csrfInPage.FindStringSubmatch(page.body)
	cookie := page.header.Get("Set-Cookie")
	if m == nil || !strings.Contains(cookie, "portal_csrf=") {
		t.Fatalf("the page carries no CSRF token (cookie %q)", cookie)
	}
	a := p.do(request{method: http.MethodPost, path: "/login/link", host: "acme.localhost:8080",
		contentType: "application/x-www-form-urlencoded", body: "email=client%40example.com",
		header: map[string]string{"X-CSRF-Token": m[1], "Cookie": strings.Split(cookie, ";")[0]}})
	if a.status == http.StatusForbidden || strings.Contains(a.body, "This form has expired") {
		t.Fatalf("POST with the page's CSRF token was refused: %d\n%s", a.status, a.body)
	}
}
