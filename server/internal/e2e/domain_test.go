package e2e

import (
	"context"
	"net/http"
	"strings"
	"testing"

	"clientportal/server/internal/systemtest"
	"clientportal/shared/api"
)

func TestChoosingAPrimaryDomainPutsItInTheNextEmailsLinkAndItsHostReachesTheWorkspace(t *testing.T) {
	s := start(t, "sqlite")
	ctx := context.Background()
	s.invite("jane@client.test", "Jane Doe")
	if before := s.lastEmailTo("jane@client.test", 1); !strings.HasPrefix(before.Link, s.acmeURL("/login/magic/")) {
		t.Fatalf("before the switch the link is %q, want the default host", before.Link)
	}

	if _, err := s.owner.AddDomain(ctx, "portal.acme.test"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.owner.SetPrimaryDomain(ctx, "portal.acme.test"); !api.IsStatus(err, http.StatusConflict) {
		t.Fatalf("choosing the domain before its DNS proof: %v, want 409", err)
	}
	systemtest.PublishProof(t, s.sys, s.acme.Workspace.ID, "portal.acme.test")
	if d, err := s.owner.VerifyDomain(ctx, "portal.acme.test"); err != nil || d.VerifiedAt == nil {
		t.Fatalf("verify portal.acme.test: %+v, %v", d, err)
	}
	p, err := s.owner.SetPrimaryDomain(ctx, "portal.acme.test")
	if err != nil || p.URL != "http://portal.acme.test" {
		t.Fatalf("portal URL after the switch %q (%v), want http://portal.acme.test", p.URL, err)
	}

	s.invite("bob@client.test", "Bob Stone")
	m := s.lastEmailTo("bob@client.test", 2)
	if !strings.HasPrefix(m.Link, "http://portal.acme.test/login/magic/") {
		t.Fatalf("the next email's button goes to %q, want http://portal.acme.test/login/magic/…", m.Link)
	}
	if !strings.Contains(m.Text, "Go to http://portal.acme.test/login/code") || strings.Contains(m.Text+m.HTML, "acme.localhost") {
		t.Errorf("the email still names the old address:\n%s", m.Text)
	}

	v := s.visitor()
	if pg := v.get(m.Link); pg.Status != http.StatusOK || pg.heading() != "Continue as Bob" {
		t.Fatalf("Host portal.acme.test: %d %q, want Acme's one-click page", pg.Status, pg.heading())
	}
	if pg := v.submit(m.Link, nil); pg.URL != "http://portal.acme.test/dashboard" || pg.heading() != "Welcome, Bob" {
		t.Fatalf("login on the custom domain landed on %s %q", pg.URL, pg.heading())
	}
}
