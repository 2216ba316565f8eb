package ui

import (
	"net/url"
	"strings"
	"testing"

	"clientportal/app/internal/testenv"
)

func connectUI(t *testing.T, h *harness, p *testenv.Portal, token string) {
	t.Helper()
	if res, body := post(t, h, "/connect", url.Values{"server": {p.URL}, "token": {token}}); res.Header.Get("HX-Redirect") == "" {
		t.Fatalf("connect failed: %s", body)
	}
}

func TestThePortalURLToCopyFollowsTheChosenCustomDomain(t *testing.T) {
	t.Parallel()
	portal := testenv.StartPortal(t)
	h := newHarness(t)
	connectUI(t, h, portal, portal.Token)
	_, body := post(t, h, "/domains", url.Values{"host": {"clients.acme.test"}})
	if !strings.Contains(body, "Added clients.acme.test.") || !strings.Contains(body, `<option value="clients.acme.test"`) {
		t.Fatalf("add domain:\n%s", body)
	}
	if !strings.Contains(body, "Not verified") || !strings.Contains(body, "_clientportal-challenge.clients.acme.test") {
		t.Fatalf("the new domain does not show the TXT record to add:\n%s", body)
	}
	_, body = post(t, h, "/domains/primary", url.Values{"host": {"clients.acme.test"}})
	if !strings.Contains(body, "not verified yet") || strings.Contains(body, `id="portal-url" readonly value="http://clients.acme.test`) {
		t.Fatalf("an unverified domain became the portal's address:\n%s", body)
	}
	p, err := ownerClient(portal).Portal(testenv.Context(t))
	if err != nil || len(p.Domains) != 1 {
		t.Fatalf("server portal %+v (%v)", p, err)
	}
	portal.DNS.SetTXT(p.Domains[0].Verification.Name, p.Domains[0].Verification.Value)
	if _, body = post(t, h, "/domains/verify", url.Values{"host": {"clients.acme.test"}}); !strings.Contains(body, "clients.acme.test is verified") {
		t.Fatalf("verify with the record published:\n%s", body)
	}
	_, body = post(t, h, "/domains/primary", url.Values{"host": {"clients.acme.test"}})
	if !strings.Contains(body, `id="portal-url" readonly value="http://clients.acme.test`) {
		t.Fatalf("after choosing the domain the URL to copy did not follow:\n%s", body)
	}
	p, err = ownerClient(portal).Portal(testenv.Context(t))
	if err != nil || !strings.Contains(p.URL, "clients.acme.test") {
		t.Fatalf("server portal URL %q (%v)", p.URL, err)
	}
}

func TestTwoWorkspacesCanBeSavedSwitchedAndDisconnected(t *testing.T) {
	t.Parallel()
	portal := testenv.StartPortal(t)
	beta := portal.Setup("Beta Studio", "owner@beta.test")
	h := newHarness(t)
	connectUI(t, h, portal, portal.Token)
	connectUI(t, h, portal, beta)
	_, dash := get(t, h, "/dashboard/")
	if !strings.Contains(dash, "Beta Studio") {
		t.Fatalf("the last connected workspace is not active:\n%s", dash)
	}
	accs := h.App.Accounts.List()
	if len(accs) != 2 {
		t.Fatalf("saved accounts: %v", accs)
	}
	post(t, h, "/accounts/"+accs[0].ID+"/switch", nil)
	if _, dash = get(t, h, "/dashboard/"); !strings.Contains(dash, "acme.localhost") {
		t.Fatalf("switch to Acme did not take:\n%s", dash)
	}
	post(t, h, "/accounts/"+accs[0].ID+"/disconnect", nil)
	if _, page := get(t, h, "/"); !strings.Contains(page, "Connect to your portal server") || !strings.Contains(page, "Beta Studio") {
		t.Fatalf("after disconnecting the active workspace:\n%s", page)
	}
	if _, err := h.App.Accounts.Secrets().Get(accs[0].ID); err == nil {
		t.Fatal("the disconnected workspace's token is still stored")
	}
}
