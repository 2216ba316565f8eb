package web_test

import (
	"context"
	"net/http"
	"net/url"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/google/uuid"

	"clientportal/server/internal/sessions"
	"clientportal/server/internal/storetest"
	"clientportal/server/internal/systemtest"
)

// browser is one visitor's cookies on the Acme portal and the form token of
// the page it saw last.
type browser struct {
	pre, session, token string
}

func (b browser) cookies() map[string]string {
	cs := map[string]string{}
	if b.pre != "" {
		cs["portal_csrf"] = b.pre
	}
	if b.session != "" {
		cs["portal_session"] = b.session
	}
	return cs
}

var pageToken = regexp.MustCompile(`"X-CSRF-Token": "([^"]*)"`)

// view opens a page of the portal as b and keeps its token (and the
// pre-session cookie the answer gives, if any).
func (p *portal) view(b browser, path string) browser {
	p.t.Helper()
	a := p.accessPage(http.MethodGet, p.acmeOrigin()+path, b.cookies(), nil)
	m := pageToken.FindStringSubmatch(a.body)
	if a.status != http.StatusOK || m == nil || m[1] == "" {
		p.t.Fatalf("GET %s: %d, no form token:\n%.400s", path, a.status, a.body)
	}
	if pre := accessCookie(a, "portal_csrf"); pre != "" {
		b.pre = pre
	}
	b.token = m[1]
	return b
}

// send posts a form to path as b, with token as its _csrf field.
func (p *portal) send(b browser, method, path, token string) answer {
	p.t.Helper()
	return p.accessPage(method, p.acmeOrigin()+path, b.cookies(), url.Values{"_csrf": {token}})
}

func (p *portal) acmeOrigin() string { return "http://" + p.acme.Workspace.Slug + ".localhost:8080" }

// signedIn starts a session for a contact through the links service (no
// login form, so no rate limit) and opens the dashboard with it.
func (p *portal) signedIn(contactID string) browser {
	p.t.Helper()
	ctx := context.Background()
	link, _, err := p.sys.Links.NewMagicLink(ctx, p.acme.Workspace.ID, contactID)
	if err != nil {
		p.t.Fatal(err)
	}
	ns, err := p.sys.Links.Consume(ctx, p.acme.Workspace.ID, link[strings.LastIndex(link, "/")+1:], sessions.ClientMeta{IP: "192.0.2.1"})
	if err != nil {
		p.t.Fatal(err)
	}
	return p.view(browser{session: ns.Token}, "/dashboard")
}

// stateChangingPageRoutes lists every POST, PUT, PATCH and DELETE route of
// the portal pages from the router, with sample values for the parameters;
// the ones that end the session come last.
func (p *portal) stateChangingPageRoutes() [][2]string {
	var out [][2]string
	param := regexp.MustCompile(`:[A-Za-z]+`)
	for _, r := range p.sys.App.GetRoutes(true) {
		switch r.Method {
		case http.MethodPost, http.MethodPut, http.MethodPatch, http.MethodDelete:
		default:
			continue
		}
		if strings.HasPrefix(r.Path, "/api/") || strings.HasPrefix(r.Path, "/webhooks/") {
			continue // the owner API (bearer token) and providers' webhooks (signed bodies) take no forms
		}
		out = append(out, [2]string{r.Method, param.ReplaceAllStringFunc(r.Path, func(string) string { return uuid.NewString() })})
	}
	sort.SliceStable(out, func(i, j int) bool {
		return !strings.HasPrefix(out[i][1], "/logout") && strings.HasPrefix(out[j][1], "/logout")
	})
	return out
}

func refusedAsForged(a answer) bool {
	return a.status == http.StatusForbidden && strings.Contains(a.body, "This form has expired. Reload the page and try again.")
}

func TestATokenFromAnAnonymousPageOrAnotherClientIsRefusedWithTheVictimsSessionOnEveryStateChangingRoute(t *testing.T) {
	for _, dialect := range storetest.Dialects {
		t.Run(dialect, func(t *testing.T) {
			p := newPortal(t, dialect)
			ada := p.accessContact(p.acme.Token, "ada@example.test", "Ada Lovelace")
			ben := p.accessContact(p.acme.Token, "ben@example.test", "Ben Okri")
			victim, other := p.signedIn(ada.ID), p.signedIn(ben.ID)
			planted := p.view(browser{}, "/login") // the attacker's own anonymous cookie and token
			routes := p.stateChangingPageRoutes()
			if len(routes) < 19 {
				t.Fatalf("found only %d state-changing page routes: %v", len(routes), routes)
			}
			for _, r := range routes {
				withPlanted := browser{pre: planted.pre, session: victim.session}
				if a := p.send(withPlanted, r[0], r[1], planted.token); !refusedAsForged(a) {
					t.Errorf("%s %s with the victim's session and a planted anonymous cookie and token = %d, want 403:\n%.300s", r[0], r[1], a.status, a.body)
				}
				if a := p.send(victim, r[0], r[1], other.token); !refusedAsForged(a) {
					t.Errorf("%s %s with the victim's session and another client's token = %d, want 403:\n%.300s", r[0], r[1], a.status, a.body)
				}
			}
			for _, r := range routes {
				own := p.signedIn(ada.ID) // fresh each time: the last routes log out
				if a := p.send(own, r[0], r[1], own.token); refusedAsForged(a) {
					t.Errorf("%s %s with the client's own token was refused as forged:\n%.300s", r[0], r[1], a.body)
				}
			}
		})
	}
}

func TestTheFormTokenChangesAtLoginAndAnEarlierOneIsRefused(t *testing.T) {
	p := newPortal(t, "sqlite")
	ada := p.accessContact(p.acme.Token, "ada@example.test", "Ada Lovelace")
	login := func(b browser) browser {
		link := p.accessMagicLink(p.acme.Token, ada.ID)
		path := strings.TrimPrefix(link, p.acmeOrigin())
		b = p.view(b, path)
		a := p.send(b, http.MethodPost, path, b.token)
		if a.status != http.StatusSeeOther || accessCookie(a, "portal_session") == "" {
			t.Fatalf("login: %d %q", a.status, a.header.Get("Location"))
		}
		b.session = accessCookie(a, "portal_session")
		return p.view(b, "/dashboard")
	}
	anonymous := p.view(browser{}, "/login")
	first := login(anonymous)
	if first.token == anonymous.token {
		t.Fatal("the token stayed the same across login")
	}
	if a := p.send(first, http.MethodPost, "/messages", anonymous.token); !refusedAsForged(a) {
		t.Errorf("the anonymous page's token was accepted after login: %d", a.status)
	}
	second := login(first)
	if second.token == first.token {
		t.Fatal("a new login from the same browser kept the token")
	}
	if a := p.send(second, http.MethodPost, "/messages", first.token); !refusedAsForged(a) {
		t.Errorf("the first session's token was accepted with the second session: %d", a.status)
	}
	if a := p.send(second, http.MethodPost, "/messages", second.token); refusedAsForged(a) {
		t.Errorf("the current session's own token was refused: %s", a.body)
	}
}

func TestOverHTTPSThePreSessionCookieIsHostPrefixedSecureAndHostOnly(t *testing.T) {
	sys := systemtest.Open(t, "sqlite", map[string]string{"PORTAL_BASE_URL": "https://localhost:8443"})
	p := &portal{t: t, sys: sys}
	p.acme = p.setup("Acme", "owner@acme.test")
	host := p.acme.Workspace.Slug + ".localhost:8443"
	a := p.do(request{path: "/login", host: host})
	var pre *http.Cookie
	for _, line := range a.header.Values("Set-Cookie") {
		if c, err := http.ParseSetCookie(line); err == nil && strings.HasSuffix(c.Name, "portal_csrf") {
			pre = c
		}
	}
	if pre == nil || pre.Name != "__Host-portal_csrf" || !pre.Secure || pre.Path != "/" || pre.Domain != "" || !pre.HttpOnly {
		t.Fatalf("pre-session cookie over https = %+v, want __Host-portal_csrf, Secure, HttpOnly, Path=/ and no Domain", pre)
	}
	token := pageToken.FindStringSubmatch(a.body)[1]
	post := func(cookie string) answer {
		return p.do(request{method: http.MethodPost, path: "/login/link", host: host, contentType: "application/x-www-form-urlencoded",
			body: "email=ada%40example.test&_csrf=" + url.QueryEscape(token), header: map[string]string{"Cookie": cookie + "=" + pre.Value}})
	}
	if a := post("__Host-portal_csrf"); refusedAsForged(a) {
		t.Errorf("the page's own token with its __Host- cookie was refused: %s", a.body)
	}
	if a := post("portal_csrf"); !refusedAsForged(a) {
		t.Errorf("over https a cookie without the __Host- prefix was accepted: %d", a.status)
	}
}

func TestAFormPostFromAnotherSiteIsRefusedEvenWithAGoodToken(t *testing.T) {
	p := newPortal(t, "sqlite")
	b := p.view(browser{}, "/login")
	a := p.do(request{method: http.MethodPost, path: "/login/link", host: p.acme.Workspace.Slug + ".localhost:8080",
		contentType: "application/x-www-form-urlencoded", body: "email=ada%40example.test&_csrf=" + url.QueryEscape(b.token),
		header: map[string]string{"Cookie": "portal_csrf=" + b.pre, "Origin": "http://evil.example"}})
	if a.status != http.StatusForbidden || !strings.Contains(a.body, "sent from another site") {
		t.Fatalf("a post with Origin http://evil.example = %d, want 403 \"sent from another site\":\n%.300s", a.status, a.body)
	}
}
