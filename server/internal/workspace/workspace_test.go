package workspace_test

import (
	"context"
	"net/url"
	"strings"
	"testing"

	"clientportal/server/internal/apperr"
	"clientportal/server/internal/store"
	"clientportal/server/internal/storetest"
	"clientportal/server/internal/workspace"
)

func service(t *testing.T, s *store.Store) *workspace.Service {
	t.Helper()
	base, err := url.Parse("http://localhost:8080")
	if err != nil {
		t.Fatal(err)
	}
	return workspace.New(s, base, s.Clock())
}

func TestSetupGivesEachWorkspaceItsOwnSlugAndAWorkingToken(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		ws := service(t, s)
		cases := []struct{ name, slug string }{
			{"Acme Coaching", "acme-coaching"}, {"  Acme   Coaching!! ", "acme-coaching-2"}, {"Zoë & Co", "zo-co"}, {"!!!", "portal"},
		}
		for _, tc := range cases {
			name := tc.name
			c, err := ws.Setup(ctx, name, "Owner@Example.com")
			if err != nil {
				t.Fatalf("setup %q: %v", name, err)
			}
			if c.Workspace.Slug != tc.slug {
				t.Errorf("%q got slug %q, want %q", name, c.Workspace.Slug, tc.slug)
			}
			if c.Owner.Email != "owner@example.com" {
				t.Errorf("owner email %q, want it lower-cased", c.Owner.Email)
			}
			tok, err := ws.Authenticate(ctx, c.Token)
			if err != nil || tok.WorkspaceID != c.Workspace.ID {
				t.Errorf("the new token of %q does not authenticate: %+v %v", name, tok, err)
			}
		}
		for _, tc := range cases {
			if w, err := ws.Resolve(ctx, tc.slug+".localhost:8080"); err != nil || w.Name != strings.TrimSpace(tc.name) {
				t.Errorf("%s.localhost answers %q (%v), want %q", tc.slug, w.Name, err, tc.name)
			}
		}
	})
}

func TestSetupRefusesABadNameOrEmailNamingTheField(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		ws := service(t, s)
		cases := []struct{ name, email, field string }{
			{"", "owner@acme.test", "workspace"},
			{"   ", "owner@acme.test", "workspace"},
			{string(make([]byte, 101)), "owner@acme.test", "workspace"},
			{"Acme", "", "email"},
			{"Acme", "owner", "email"},
			{"Acme", "Owner <owner@acme.test>", "email"},
		}
		for _, c := range cases {
			_, err := ws.Setup(context.Background(), c.name, c.email)
			e := apperr.As(err)
			if err == nil || e.Kind != apperr.Invalid || e.Fields[c.field] == "" {
				t.Errorf("Setup(%q, %q) = %v; want a reason for %s", c.name, c.email, err, c.field)
			}
		}
		if _, err := ws.Resolve(context.Background(), "acme.localhost"); !apperr.Is(err, apperr.NotFound) {
			t.Fatalf("a refused setup left a workspace behind: %v", err)
		}
	})
}

func TestAHostResolvesToItsWorkspaceWhateverItsCaseOrPort(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		ws, dns := serviceWithDNS(t, s)
		c, err := ws.Setup(ctx, "Acme", "owner@acme.test")
		if err != nil {
			t.Fatal(err)
		}
		if err := ws.AddDomain(ctx, c.Workspace.ID, " Portal.ACME.test. "); err != nil {
			t.Fatal(err)
		}
		proveDomain(t, ws, dns, c.Workspace.ID, "portal.acme.test")
		for _, host := range []string{"acme.localhost", "ACME.localhost:8080", "portal.acme.test", "Portal.Acme.Test:443"} {
			if w, err := ws.Resolve(ctx, host); err != nil || w.ID != c.Workspace.ID {
				t.Errorf("Resolve(%q) = %q, %v; want Acme", host, w.Name, err)
			}
		}
		for _, host := range []string{"localhost", "x.acme.localhost", "acme.localhost.evil.test", "portal.acme.test.evil.test", ""} {
			if _, err := ws.Resolve(ctx, host); !apperr.Is(err, apperr.NotFound) {
				t.Errorf("Resolve(%q) = %v; want not found", host, err)
			}
		}
	})
}

func TestThePortalURLFollowsThePrimaryDomain(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		ws, dns := serviceWithDNS(t, s)
		c, err := ws.Setup(ctx, "Acme", "owner@acme.test")
		if err != nil {
			t.Fatal(err)
		}
		assertURL := func(want string) {
			t.Helper()
			if got, err := ws.PortalURL(ctx, c.Workspace); err != nil || got != want {
				t.Fatalf("portal URL %q (%v), want %q", got, err, want)
			}
		}
		assertURL("http://acme.localhost:8080")
		if err := ws.AddDomain(ctx, c.Workspace.ID, "portal.acme.test"); err != nil {
			t.Fatal(err)
		}
		assertURL("http://acme.localhost:8080")
		proveDomain(t, ws, dns, c.Workspace.ID, "portal.acme.test")
		if err := ws.SetPrimaryDomain(ctx, c.Workspace.ID, "portal.acme.test"); err != nil {
			t.Fatal(err)
		}
		assertURL("http://portal.acme.test")
		if err := ws.SetPrimaryDomain(ctx, c.Workspace.ID, "elsewhere.test"); !apperr.Is(err, apperr.NotFound) {
			t.Fatalf("choosing a domain the workspace lacks: %v, want not found", err)
		}
		assertURL("http://portal.acme.test")
		if err := ws.SetPrimaryDomain(ctx, c.Workspace.ID, ""); err != nil {
			t.Fatal(err)
		}
		assertURL("http://acme.localhost:8080")
	})
}
