package web_test

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"

	"clientportal/server/internal/storetest"
	"clientportal/server/internal/systemtest"
	"clientportal/shared/api"
)

// domainOf is the workspace's domain host as GET /api/v1/portal shows it.
func (p *portal) domainOf(token, host string) api.Domain {
	p.t.Helper()
	for _, d := range p.portalOf(token).Domains {
		if d.Host == host {
			return d
		}
	}
	p.t.Fatalf("the portal has no domain %s", host)
	return api.Domain{}
}

// publishProof puts the TXT record the API shows for the domain on the test DNS.
func (p *portal) publishProof(token, host string) api.Domain {
	p.t.Helper()
	d := p.domainOf(token, host)
	systemtest.DNS(p.t, p.sys).SetTXT(d.Verification.Name, d.Verification.Value)
	return d
}

// verifyDomain publishes the domain's proof and verifies it through the API.
func (p *portal) verifyDomain(token, host string) api.Domain {
	p.t.Helper()
	p.publishProof(token, host)
	a := p.api(http.MethodPost, "/api/v1/portal/domains/"+host+"/verify", token, "")
	var d api.Domain
	if a.status != http.StatusOK || json.Unmarshal([]byte(a.body), &d) != nil || !d.Verified {
		p.t.Fatalf("verify %s: %d %s", host, a.status, a.body)
	}
	return d
}

// served reports whether the TLS proxy may get a certificate for host and
// which portal, if any, its Host header shows.
func (p *portal) served(host string) (tlsOK bool, page answer) {
	p.t.Helper()
	ask := p.do(request{path: "/tls/ask?domain=" + host})
	return ask.status == http.StatusOK, p.do(request{path: "/", host: host})
}

func assertNotServed(t *testing.T, p *portal, host string) {
	t.Helper()
	tlsOK, page := p.served(host)
	if tlsOK || page.status != http.StatusNotFound || !strings.Contains(page.body, "No portal here") {
		t.Fatalf("%s: tls/ask ok %v, GET / %d; want no certificate and the 404 page:\n%.300s", host, tlsOK, page.status, page.body)
	}
}

func TestAClaimOfAForeignHostGetsNoCertificateAndNoPortal(t *testing.T) {
	for _, dialect := range storetest.Dialects {
		t.Run(dialect, func(t *testing.T) {
			p := newPortal(t, dialect)
			mustStatus(t, p.api(http.MethodPost, "/api/v1/portal/domains", p.acme.Token, `{"host":"www.google.com"}`), http.StatusCreated)
			d := p.domainOf(p.acme.Token, "www.google.com")
			if d.Verified || d.VerifiedAt != nil || d.Verification.Name != "_clientportal-challenge.www.google.com" ||
				d.Verification.Type != "TXT" || len(d.Verification.Value) < 32 {
				t.Fatalf("the claim shows %+v; want it unverified with its TXT record to add", d)
			}
			assertNotServed(t, p, "www.google.com")
			a := p.api(http.MethodPost, "/api/v1/portal/domains/www.google.com/verify", p.acme.Token, "")
			if msg := apiError(t, a, http.StatusUnprocessableEntity, api.CodeValidation); !strings.Contains(msg, "NXDOMAIN") || !strings.Contains(msg, d.Verification.Value) {
				t.Errorf("verify without the record says %q; want what the resolver saw and the value to add", msg)
			}
			assertNotServed(t, p, "www.google.com")
		})
	}
}

func TestAClaimOfANeighboursSubdomainServesNeitherPortal(t *testing.T) {
	for _, dialect := range storetest.Dialects {
		t.Run(dialect, func(t *testing.T) {
			p := newPortal(t, dialect)
			b := p.setup("Bravo Studio", "owner@bravo.test")
			mustStatus(t, p.api(http.MethodPost, "/api/v1/portal/domains", b.Token, `{"host":"bravo.test"}`), http.StatusCreated)
			p.verifyDomain(b.Token, "bravo.test")
			mustStatus(t, p.api(http.MethodPost, "/api/v1/portal/domains", p.acme.Token, `{"host":"clients.bravo.test"}`), http.StatusCreated)
			// Bravo's zone answers for its own name only: Acme's record is not there.
			systemtest.DNS(t, p.sys).SetTXT("_clientportal-challenge.clients.bravo.test", "bravo-owns-this-zone")
			a := p.api(http.MethodPost, "/api/v1/portal/domains/clients.bravo.test/verify", p.acme.Token, "")
			if msg := apiError(t, a, http.StatusUnprocessableEntity, api.CodeValidation); !strings.Contains(msg, `"bravo-owns-this-zone"`) {
				t.Errorf("verify says %q; want the value the resolver saw", msg)
			}
			assertNotServed(t, p, "clients.bravo.test")
			if tlsOK, page := p.served("bravo.test"); !tlsOK || !strings.Contains(page.body, "Welcome to Bravo Studio") {
				t.Fatalf("Bravo's own verified domain: tls ok %v, %d", tlsOK, page.status)
			}
			chosen := p.api(http.MethodPut, "/api/v1/portal/primary-domain", p.acme.Token, `{"host":"clients.bravo.test"}`)
			apiError(t, chosen, http.StatusConflict, api.CodeConflict)
		})
	}
}

func TestASquattersEarlierClaimDoesNotBlockTheRealOwnerWhoseVerifiedClaimWins(t *testing.T) {
	for _, dialect := range storetest.Dialects {
		t.Run(dialect, func(t *testing.T) {
			p := newPortal(t, dialect)
			squatter := p.setup("Squatter", "owner@squat.test")
			mustStatus(t, p.api(http.MethodPost, "/api/v1/portal/domains", squatter.Token, `{"host":"portal.acme.test"}`), http.StatusCreated)
			assertNotServed(t, p, "portal.acme.test")
			mustStatus(t, p.api(http.MethodPost, "/api/v1/portal/domains", p.acme.Token, `{"host":"portal.acme.test"}`), http.StatusCreated)
			p.verifyDomain(p.acme.Token, "portal.acme.test")
			if tlsOK, page := p.served("portal.acme.test"); !tlsOK || !strings.Contains(page.body, "Welcome to Acme") || strings.Contains(page.body, "Squatter") {
				t.Fatalf("the verified owner's host: tls ok %v, %d:\n%.300s", tlsOK, page.status, page.body)
			}
			a := p.api(http.MethodPost, "/api/v1/portal/domains/portal.acme.test/verify", squatter.Token, "")
			apiError(t, a, http.StatusUnprocessableEntity, api.CodeValidation)
			chosen := p.api(http.MethodPut, "/api/v1/portal/primary-domain", squatter.Token, `{"host":"portal.acme.test"}`)
			apiError(t, chosen, http.StatusConflict, api.CodeConflict)
			again := p.api(http.MethodPost, "/api/v1/portal/domains", p.setup("Other", "owner@other.test").Token, `{"host":"portal.acme.test"}`)
			apiError(t, again, http.StatusConflict, api.CodeConflict)
			if page := p.do(request{path: "/", host: "portal.acme.test"}); !strings.Contains(page.body, "Welcome to Acme") {
				t.Fatalf("after the squatter's tries the host shows %d:\n%.300s", page.status, page.body)
			}
		})
	}
}

func TestVerifyFindsTheRecordSetsVerifiedAtAndOnlyThenTheDomainCanBePrimary(t *testing.T) {
	for _, dialect := range storetest.Dialects {
		t.Run(dialect, func(t *testing.T) {
			p := newPortal(t, dialect)
			mustStatus(t, p.api(http.MethodPost, "/api/v1/portal/domains", p.acme.Token, `{"host":"portal.acme.test"}`), http.StatusCreated)
			chosen := p.api(http.MethodPut, "/api/v1/portal/primary-domain", p.acme.Token, `{"host":"portal.acme.test"}`)
			if msg := apiError(t, chosen, http.StatusConflict, api.CodeConflict); !strings.Contains(msg, "_clientportal-challenge.portal.acme.test") {
				t.Errorf("the refusal says %q; want the record to add", msg)
			}
			if u := p.portalOf(p.acme.Token).URL; u != "http://acme.localhost:8080" {
				t.Fatalf("the refused choice moved the portal URL to %s", u)
			}
			missing := p.api(http.MethodPost, "/api/v1/portal/domains/portal.acme.test/verify", p.acme.Token, "")
			var eb api.ErrorBody
			apiError(t, missing, http.StatusUnprocessableEntity, api.CodeValidation)
			if json.Unmarshal([]byte(missing.body), &eb) != nil || !strings.Contains(eb.Error.Fields["verification"], "does not exist (NXDOMAIN)") {
				t.Fatalf("422 without the record: %s; want fields.verification saying what the resolver saw", missing.body)
			}
			if d := p.domainOf(p.acme.Token, "portal.acme.test"); d.CheckedAt == nil || !strings.Contains(d.CheckResult, "NXDOMAIN") {
				t.Errorf("the failed check is not shown on the domain: %+v", d)
			}
			before := p.sys.Clock.Now()
			d := p.verifyDomain(p.acme.Token, "portal.acme.test")
			if d.VerifiedAt == nil || d.VerifiedAt.Before(before.Add(-time.Second)) || d.VerifiedAt.After(p.sys.Clock.Now()) || d.CheckResult != "" {
				t.Fatalf("verified domain %+v; want verified_at now", d)
			}
			if got := p.domainOf(p.acme.Token, "portal.acme.test"); got.VerifiedAt == nil || !got.VerifiedAt.Equal(*d.VerifiedAt) {
				t.Fatalf("GET /api/v1/portal shows %+v", got)
			}
			mustStatus(t, p.api(http.MethodPut, "/api/v1/portal/primary-domain", p.acme.Token, `{"host":"portal.acme.test"}`), http.StatusOK)
			if u := p.portalOf(p.acme.Token).URL; u != "http://portal.acme.test" {
				t.Fatalf("portal URL %s after choosing the verified domain", u)
			}
			unknown := p.api(http.MethodPost, "/api/v1/portal/domains/elsewhere.test/verify", p.acme.Token, "")
			apiError(t, unknown, http.StatusNotFound, api.CodeNotFound)
		})
	}
}

func TestTheServersRecheckJobVerifiesEachWorkspacesDomainOnceItsRecordAppears(t *testing.T) {
	for _, dialect := range storetest.Dialects {
		t.Run(dialect, func(t *testing.T) {
			p := newPortal(t, dialect)
			b := p.setup("Bravo Studio", "owner@bravo.test")
			mustStatus(t, p.api(http.MethodPost, "/api/v1/portal/domains", p.acme.Token, `{"host":"portal.acme.test"}`), http.StatusCreated)
			mustStatus(t, p.api(http.MethodPost, "/api/v1/portal/domains", b.Token, `{"host":"portal.bravo.test"}`), http.StatusCreated)
			p.publishProof(p.acme.Token, "portal.acme.test")
			p.publishProof(b.Token, "portal.bravo.test")
			assertNotServed(t, p, "portal.acme.test")
			systemtest.Clock(t, p.sys).Advance(11 * time.Minute)
			if err := p.sys.Workspaces.ScheduleDomainChecks(t.Context()); err != nil {
				t.Fatal(err)
			}
			if n, err := p.sys.Queue.RunOnce(t.Context()); err != nil || n != 1 {
				t.Fatalf("the queue ran %d jobs (%v), want the re-check", n, err)
			}
			for host, want := range map[string]string{"portal.acme.test": "Welcome to Acme", "portal.bravo.test": "Welcome to Bravo Studio"} {
				if tlsOK, page := p.served(host); !tlsOK || !strings.Contains(page.body, want) {
					t.Errorf("%s after the re-check: tls ok %v, %d, want %q", host, tlsOK, page.status, want)
				}
			}
			if d := p.domainOf(b.Token, "portal.bravo.test"); d.VerifiedAt == nil || len(p.portalOf(b.Token).Domains) != 1 {
				t.Errorf("Bravo's portal shows %+v", p.portalOf(b.Token).Domains)
			}
		})
	}
}
