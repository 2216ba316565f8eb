package workspace_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/miekg/dns"

	"clientportal/server/internal/apperr"
	"clientportal/server/internal/dnsproof"
	"clientportal/server/internal/jobs"
	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
	"clientportal/server/internal/storetest"
	"clientportal/server/internal/workspace"
	"clientportal/testkit/dnstest"
)

// serviceWithDNS is the service resolving through a DNS server of the test's own.
func serviceWithDNS(t *testing.T, s *store.Store) (*workspace.Service, *dnstest.Server) {
	t.Helper()
	d := dnstest.Start(t)
	ws := service(t, s)
	ws.UseResolver(dnsproof.Resolver{Server: d.Addr(), Timeout: 5 * time.Second})
	return ws, d
}

// claim is a workspace's claim of host as the owner sees it.
func claim(t *testing.T, ws *workspace.Service, workspaceID, host string) model.Domain {
	t.Helper()
	o, err := ws.Overview(context.Background(), workspaceID)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range o.Domains {
		if d.Host == host {
			return d
		}
	}
	t.Fatalf("workspace %s has no domain %s: %+v", workspaceID, host, o.Domains)
	return model.Domain{}
}

// proveDomain publishes the claim's TXT record and verifies it.
func proveDomain(t *testing.T, ws *workspace.Service, d *dnstest.Server, workspaceID, host string) model.Domain {
	t.Helper()
	c := claim(t, ws, workspaceID, host)
	d.SetTXT(c.ChallengeName(), c.VerificationToken)
	got, err := ws.VerifyDomain(context.Background(), workspaceID, host)
	if err != nil || !got.Verified() {
		t.Fatalf("verify %s: %+v, %v", host, got, err)
	}
	return got
}

func setupAcme(t *testing.T, ws *workspace.Service) string {
	t.Helper()
	c, err := ws.Setup(context.Background(), "Acme", "owner@acme.test")
	if err != nil {
		t.Fatal(err)
	}
	return c.Workspace.ID
}

func TestVerifyingWithoutTheRecordSaysWhatTheResolverSawAndWithItSetsVerifiedAt(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		ws, d := serviceWithDNS(t, s)
		acme := setupAcme(t, ws)
		if err := ws.AddDomain(ctx, acme, "portal.acme.test"); err != nil {
			t.Fatal(err)
		}
		c := claim(t, ws, acme, "portal.acme.test")
		if c.ChallengeName() != "_clientportal-challenge.portal.acme.test" || len(c.VerificationToken) < 32 {
			t.Fatalf("the claim asks for %s = %q", c.ChallengeName(), c.VerificationToken)
		}
		for _, tc := range []struct {
			publish func()
			seen    string
		}{
			{func() {}, "does not exist (NXDOMAIN)"},
			{func() { d.SetTXT(c.ChallengeName()) }, "has no TXT record"},
			{func() { d.SetTXT(c.ChallengeName(), "someone-else", "v=spf1 -all") }, `holds TXT "someone-else", "v=spf1 -all"`},
		} {
			tc.publish()
			_, err := ws.VerifyDomain(ctx, acme, "portal.acme.test")
			e := apperr.As(err)
			if e.Kind != apperr.Invalid || !strings.Contains(e.Fields["verification"], tc.seen) || !strings.Contains(e.Message, c.VerificationToken) {
				t.Fatalf("verify with %q in DNS: %v %+v; want 422 saying %q and the value to add", tc.seen, err, e.Fields, tc.seen)
			}
			if got := claim(t, ws, acme, "portal.acme.test"); got.Verified() || !strings.Contains(got.CheckResult, tc.seen) {
				t.Fatalf("after a failed verify the domain is %+v", got)
			}
			if ws.KnownHost(ctx, "portal.acme.test") {
				t.Fatal("an unverified domain is a known host for the TLS proxy")
			}
		}
		d.SetTXT(c.ChallengeName(), "someone-else", c.VerificationToken)
		got, err := ws.VerifyDomain(ctx, acme, "Portal.Acme.Test.")
		if err != nil || got.VerifiedAt == nil || !got.VerifiedAt.Equal(got.CheckedAt.UTC()) || got.CheckResult != "" {
			t.Fatalf("verify with the record there: %+v, %v; want verified now", got, err)
		}
		if now := s.Now(); got.VerifiedAt.After(now) || now.Sub(*got.VerifiedAt) > time.Minute {
			t.Errorf("verified_at %v is not the store clock's now %v", got.VerifiedAt, now)
		}
		if !ws.KnownHost(ctx, "portal.acme.test") {
			t.Fatal("the verified domain is not a known host")
		}
	})
}

func TestAnUnverifiedDomainCannotBePrimaryAndANoAnswerIsNoVerdict(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		ws, d := serviceWithDNS(t, s)
		acme := setupAcme(t, ws)
		if err := ws.AddDomain(ctx, acme, "portal.acme.test"); err != nil {
			t.Fatal(err)
		}
		if err := ws.SetPrimaryDomain(ctx, acme, "portal.acme.test"); !apperr.Is(err, apperr.Conflict) ||
			!strings.Contains(err.Error(), "_clientportal-challenge.portal.acme.test") {
			t.Fatalf("choosing an unverified domain: %v, want a conflict naming the record to add", err)
		}
		d.Fail("_clientportal-challenge.portal.acme.test", dns.RcodeServerFailure)
		if _, err := ws.VerifyDomain(ctx, acme, "portal.acme.test"); !apperr.Is(err, apperr.Unavailable) || !strings.Contains(err.Error(), "SERVFAIL") {
			t.Fatalf("verify while the resolver fails: %v, want 503 naming SERVFAIL", err)
		}
		if _, err := ws.VerifyDomain(ctx, acme, "other.acme.test"); !apperr.Is(err, apperr.NotFound) {
			t.Fatalf("verify a domain the workspace lacks: %v, want not found", err)
		}
		proveDomain(t, ws, d, acme, "portal.acme.test")
		if err := ws.SetPrimaryDomain(ctx, acme, "portal.acme.test"); err != nil {
			t.Fatalf("choosing the verified domain: %v", err)
		}
	})
}

func TestTheSquattersUnverifiedClaimDoesNotBlockTheRealOwnerWhoseVerifiedClaimWins(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		ws, d := serviceWithDNS(t, s)
		owner := setupAcme(t, ws)
		sq, err := ws.Setup(ctx, "Squatter", "owner@squat.test")
		if err != nil {
			t.Fatal(err)
		}
		squatter := sq.Workspace.ID
		if err := ws.AddDomain(ctx, squatter, "portal.acme.test"); err != nil {
			t.Fatal(err)
		}
		if err := ws.AddDomain(ctx, owner, "portal.acme.test"); err != nil {
			t.Fatalf("the real owner adding the domain a squatter claimed first: %v", err)
		}
		proveDomain(t, ws, d, owner, "portal.acme.test")
		if w, err := ws.Resolve(ctx, "portal.acme.test"); err != nil || w.ID != owner {
			t.Fatalf("the host serves %q (%v), want the real owner", w.Name, err)
		}
		// Even with its own token published too, the squatter cannot take a verified host.
		c := claim(t, ws, squatter, "portal.acme.test")
		d.SetTXT(c.ChallengeName(), claim(t, ws, owner, "portal.acme.test").VerificationToken, c.VerificationToken)
		if _, err := ws.VerifyDomain(ctx, squatter, "portal.acme.test"); !apperr.Is(err, apperr.Conflict) {
			t.Fatalf("the squatter verifying the owner's verified host: %v, want conflict", err)
		}
		if err := ws.AddDomain(ctx, squatter, "portal.acme.test"); !apperr.Is(err, apperr.Conflict) {
			t.Fatalf("claiming the host again: %v, want conflict", err)
		}
		other, err := ws.Setup(ctx, "Other", "owner@other.test")
		if err != nil {
			t.Fatal(err)
		}
		if err := ws.AddDomain(ctx, other.Workspace.ID, "portal.acme.test"); !apperr.Is(err, apperr.Conflict) {
			t.Fatalf("a new claim of a verified host: %v, want conflict", err)
		}
		if w, _ := ws.Resolve(ctx, "portal.acme.test"); w.ID != owner {
			t.Fatalf("after the squatter's tries the host serves %q", w.Name)
		}
	})
}

// checks runs the domain re-check job through the real queue at the store clock's now.
func checks(t *testing.T, s *store.Store, ws *workspace.Service) {
	t.Helper()
	q := jobs.New(s, s.Clock())
	ws.Register(q)
	if err := ws.ScheduleDomainChecks(context.Background()); err != nil {
		t.Fatal(err)
	}
	if n, err := q.RunOnce(context.Background()); err != nil || n != 1 {
		t.Fatalf("the re-check job ran %d times (%v), want once", n, err)
	}
}

func TestTheRecheckJobVerifiesAClaimOnceItsRecordAppears(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		ctx, clk := context.Background(), storetest.ClockOf(t, s)
		ws, d := serviceWithDNS(t, s)
		acme := setupAcme(t, ws)
		if err := ws.AddDomain(ctx, acme, "portal.acme.test"); err != nil {
			t.Fatal(err)
		}
		clk.Advance(11 * time.Minute)
		checks(t, s, ws)
		if c := claim(t, ws, acme, "portal.acme.test"); c.Verified() || c.CheckedAt == nil || !strings.Contains(c.CheckResult, "NXDOMAIN") {
			t.Fatalf("after a check without the record: %+v", c)
		}
		c := claim(t, ws, acme, "portal.acme.test")
		d.SetTXT(c.ChallengeName(), c.VerificationToken)
		clk.Advance(11 * time.Minute)
		checks(t, s, ws)
		if c := claim(t, ws, acme, "portal.acme.test"); !c.Verified() || !ws.KnownHost(ctx, "portal.acme.test") {
			t.Fatalf("after a check with the record: %+v", c)
		}
		assertEvents(t, s, acme, model.EventDomainVerified)
	})
}

func TestAVerifiedDomainWhoseRecordStaysGoneForThreeDaysIsUnverifiedAndResolverFailuresDoNotCount(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		ctx, clk := context.Background(), storetest.ClockOf(t, s)
		ws, d := serviceWithDNS(t, s)
		acme := setupAcme(t, ws)
		if err := ws.AddDomain(ctx, acme, "portal.acme.test"); err != nil {
			t.Fatal(err)
		}
		c := proveDomain(t, ws, d, acme, "portal.acme.test")
		d.Fail(c.ChallengeName(), dns.RcodeServerFailure)
		for range 5 { // five days of a broken resolver prove nothing
			clk.Advance(25 * time.Hour)
			checks(t, s, ws)
		}
		if got := claim(t, ws, acme, "portal.acme.test"); !got.Verified() || got.FailingSince != nil {
			t.Fatalf("after days of SERVFAIL: %+v; want still verified", got)
		}
		d.Remove(c.ChallengeName())
		clk.Advance(25 * time.Hour)
		checks(t, s, ws) // the record is gone: checked hourly from now on
		for range 70 {
			clk.Advance(time.Hour + time.Minute)
			checks(t, s, ws)
			got := claim(t, ws, acme, "portal.acme.test")
			gone := clk.Now().Sub(*got.FailingSince)
			if !got.Verified() {
				t.Fatalf("unverified %v after the record went, want 72 h", gone)
			}
			if gone >= 71*time.Hour {
				break
			}
		}
		if !ws.KnownHost(ctx, "portal.acme.test") {
			t.Fatal("a domain whose record is gone for less than three days stopped serving")
		}
		clk.Advance(2 * time.Hour)
		checks(t, s, ws)
		got := claim(t, ws, acme, "portal.acme.test")
		if got.Verified() || ws.KnownHost(ctx, "portal.acme.test") || !strings.Contains(got.CheckResult, "NXDOMAIN") {
			t.Fatalf("three days after the record went: %+v, still served %v", got, ws.KnownHost(ctx, "portal.acme.test"))
		}
		assertEvents(t, s, acme, model.EventDomainVerified, model.EventDomainUnverified)
	})
}

func TestAnUnverifiedClaimIsCheckedForAWeekThenOnlyWhenTheOwnerAsks(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		ctx, clk := context.Background(), storetest.ClockOf(t, s)
		ws, d := serviceWithDNS(t, s)
		acme := setupAcme(t, ws)
		if err := ws.AddDomain(ctx, acme, "portal.acme.test"); err != nil {
			t.Fatal(err)
		}
		for range 30 { // 8 days in 6½-hour steps
			clk.Advance(6*time.Hour + 30*time.Minute)
			checks(t, s, ws)
		}
		if c := claim(t, ws, acme, "portal.acme.test"); c.NextCheckAt != nil {
			t.Fatalf("after eight days unverified the claim is still checked at %v", c.NextCheckAt)
		}
		c := claim(t, ws, acme, "portal.acme.test")
		if _, err := ws.VerifyDomain(ctx, acme, "portal.acme.test"); !apperr.Is(err, apperr.Invalid) {
			t.Fatalf("verify without the record: %v", err)
		}
		if got := claim(t, ws, acme, "portal.acme.test"); got.NextCheckAt == nil || got.NextCheckAt.Sub(clk.Now()) > 11*time.Minute {
			t.Fatalf("a press of Verify did not restart the checks: next %v", got.NextCheckAt)
		}
		d.SetTXT(c.ChallengeName(), c.VerificationToken)
		clk.Advance(11 * time.Minute)
		checks(t, s, ws)
		if !claim(t, ws, acme, "portal.acme.test").Verified() {
			t.Fatal("the restarted checks did not verify the domain")
		}
	})
}

// assertEvents checks the workspace's event log holds these domain events, in order.
func assertEvents(t *testing.T, s *store.Store, workspaceID string, want ...string) {
	t.Helper()
	var got []string
	err := s.View(context.Background(), func(tx *store.Tx) error {
		es, err := tx.Events().ForWorkspace(workspaceID, 0, 100)
		for _, e := range es {
			if strings.HasPrefix(e.Type, "domain.") {
				got = append(got, e.Type)
			}
		}
		return err
	})
	if err != nil || strings.Join(got, ",") != strings.Join(want, ",") {
		t.Fatalf("domain events %v (%v), want %v", got, err, want)
	}
}

func TestAPrimaryDomainThatIsNotVerifiedIsNotThePortalURL(t *testing.T) {
	s := storetest.Open(t, "sqlite")
	ws := service(t, s)
	w := model.Workspace{Slug: "acme"}
	now := s.Now()
	if got := ws.URLFor(w, []model.Domain{{Host: "portal.acme.test", IsPrimary: true}}); got != "http://acme.localhost:8080" {
		t.Errorf("an unverified primary domain (kept from an older release, or whose record went) gives %s; want the default address", got)
	}
	if got := ws.URLFor(w, []model.Domain{{Host: "portal.acme.test", IsPrimary: true, VerifiedAt: &now}}); got != "http://portal.acme.test" {
		t.Errorf("a verified primary domain gives %s", got)
	}
}
