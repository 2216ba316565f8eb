package systemtest

import (
	"context"
	"sync"
	"testing"

	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
	"clientportal/server/internal/system"
	"clientportal/testkit/dnstest"
)

// dnsServers are the test DNS servers of the servers Open made.
var dnsServers sync.Map // *system.System → *dnstest.Server

func remember(t testing.TB, sys *system.System, dns *dnstest.Server) {
	dnsServers.Store(sys, dns)
	t.Cleanup(func() { dnsServers.Delete(sys) })
}

// DNS is the DNS server a server opened by Open resolves with (unless the
// test gave its own PORTAL_DNS_RESOLVER): set TXT records on it to prove
// custom domains.
func DNS(t testing.TB, sys *system.System) *dnstest.Server {
	t.Helper()
	d, ok := dnsServers.Load(sys)
	if !ok {
		t.Fatal("this server was not opened by systemtest.Open with its own DNS server")
	}
	return d.(*dnstest.Server)
}

// PublishProof puts the TXT record of a workspace's claim of host on the
// server's DNS, as its owner would.
func PublishProof(t testing.TB, sys *system.System, workspaceID, host string) model.Domain {
	t.Helper()
	var d model.Domain
	err := sys.Store.View(context.Background(), func(tx *store.Tx) (err error) {
		d, err = tx.Domains().Claim(workspaceID, host)
		return err
	})
	if err != nil {
		t.Fatalf("the claim of %s: %v", host, err)
	}
	DNS(t, sys).SetTXT(d.ChallengeName(), d.VerificationToken)
	return d
}

// VerifyDomain publishes the proof of a workspace's claim of host and
// verifies it through the real DNS check, so that the domain serves.
func VerifyDomain(t testing.TB, sys *system.System, workspaceID, host string) model.Domain {
	t.Helper()
	PublishProof(t, sys, workspaceID, host)
	d, err := sys.Workspaces.VerifyDomain(context.Background(), workspaceID, host)
	if err != nil {
		t.Fatalf("verify %s: %v", host, err)
	}
	return d
}
