package web_test

import (
	"net/http"
	"strings"
	"testing"

	"clientportal/server/internal/storetest"
	"clientportal/shared/api"
)

// Workspace isolation: an owner token of workspace A gets 401 or 404,
// never data, for anything of workspace B; B's portal shows only B.
func TestAWorkspacesTokenNeverReachesAnotherWorkspace(t *testing.T) {
	for _, dialect := range storetest.Dialects {
		t.Run(dialect, func(t *testing.T) {
			p := newPortal(t, dialect)
			a := p.acme
			b := p.setup("Bravo Studio", "owner@bravo.test")
			mustStatus(t, p.api(http.MethodPost, "/api/v1/portal/domains", b.Token, `{"host":"portal.bravo.test"}`), http.StatusCreated)
			p.verifyDomain(b.Token, "portal.bravo.test")
			mustStatus(t, p.api(http.MethodPut, "/api/v1/portal/primary-domain", b.Token, `{"host":"portal.bravo.test"}`), http.StatusOK)
			mustStatus(t, p.api(http.MethodPost, "/api/v1/portal/domains", a.Token, `{"host":"portal.acme.test"}`), http.StatusCreated)
			p.verifyDomain(a.Token, "portal.acme.test")
			mustStatus(t, p.api(http.MethodPut, "/api/v1/portal/primary-domain", a.Token, `{"host":"portal.acme.test"}`), http.StatusOK)

			// A tries to take and to choose B's domain.
			taken := p.api(http.MethodPost, "/api/v1/portal/domains", a.Token, `{"host":"portal.bravo.test"}`)
			apiError(t, taken, http.StatusConflict, api.CodeConflict)
			chosen := p.api(http.MethodPut, "/api/v1/portal/primary-domain", a.Token, `{"host":"portal.bravo.test"}`)
			apiError(t, chosen, http.StatusNotFound, api.CodeNotFound)
			for _, ans := range []answer{taken, chosen} {
				if strings.Contains(ans.body, "Bravo") || strings.Contains(ans.body, b.Workspace.ID) {
					t.Errorf("A's refused answer shows B's data: %s", ans.body)
				}
			}

			// Nothing of B shows in A's portal, and A's own choice stands.
			pa := p.portalOf(a.Token)
			if pa.Workspace.ID != a.Workspace.ID || pa.URL != "http://portal.acme.test" || strings.Join(hostsOf(pa), ",") != "portal.acme.test" {
				t.Errorf("A sees %+v; want only its own domain, still primary", pa)
			}
			pb := p.portalOf(b.Token)
			if pb.Workspace.Name != "Bravo Studio" || pb.URL != "http://portal.bravo.test" || strings.Join(hostsOf(pb), ",") != "portal.bravo.test" {
				t.Errorf("B's portal changed: %+v", pb)
			}
		})
	}
}

func TestAnIdempotencyKeyOfOneWorkspaceNeverReplaysAnotherWorkspacesAnswer(t *testing.T) {
	p := newPortal(t, "sqlite")
	b := p.setup("Bravo Studio", "owner@bravo.test")
	send := func(token, host string) answer {
		return p.do(request{method: http.MethodPost, path: "/api/v1/portal/domains", token: token, contentType: "application/json",
			body: `{"host":"` + host + `"}`, header: map[string]string{"Idempotency-Key": "same-key"}})
	}
	mustStatus(t, send(b.Token, "portal.bravo.test"), http.StatusCreated)
	a := send(p.acme.Token, "portal.acme.test")
	mustStatus(t, a, http.StatusCreated)
	if strings.Contains(a.body, "Bravo") || a.header.Get("Idempotent-Replayed") != "" {
		t.Fatalf("A's request got B's remembered answer: %s", a.body)
	}
}

func TestEachPortalHostShowsItsOwnWorkspaceOnly(t *testing.T) {
	for _, dialect := range storetest.Dialects {
		t.Run(dialect, func(t *testing.T) {
			p := newPortal(t, dialect)
			b := p.setup("Bravo Studio", "owner@bravo.test")
			mustStatus(t, p.api(http.MethodPost, "/api/v1/portal/domains", b.Token, `{"host":"portal.bravo.test"}`), http.StatusCreated)
			p.verifyDomain(b.Token, "portal.bravo.test")
			for host, want := range map[string]string{
				"acme.localhost:8080": "Welcome to Acme", "bravo-studio.localhost:8080": "Welcome to Bravo Studio", "portal.bravo.test": "Welcome to Bravo Studio",
			} {
				a := p.do(request{path: "/", host: host})
				other := map[bool]string{true: "Bravo", false: "Acme"}[strings.Contains(want, "Acme")]
				if a.status != http.StatusOK || !strings.Contains(a.body, want) || strings.Contains(a.body, other) {
					t.Errorf("%s: %d, want %q and never %q:\n%s", host, a.status, want, other, a.body)
				}
			}
		})
	}
}

func mustStatus(t *testing.T, a answer, status int) {
	t.Helper()
	if a.status != status {
		t.Fatalf("status %d, want %d: %s", a.status, status, a.body)
	}
}
