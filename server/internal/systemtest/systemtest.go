// Package systemtest opens the whole portal server for the tests of every
// package: configuration from a few variables, a fresh SQLite or PostgreSQL
// database, a test clock the test moves, its own DNS server as the resolver
// (see DNS), migrated, and closed after the test.
package systemtest

import (
	"context"
	"net"
	"testing"
	"time"

	"clientportal/server/internal/config"
	"clientportal/server/internal/storetest"
	"clientportal/server/internal/system"
	"clientportal/shared/clock"
	"clientportal/testkit/dnstest"
)

// Open returns a migrated server on a fresh database of dialect ("sqlite"
// or "postgres"), configured by env on top of a fresh data folder, and
// running on a test clock (see Clock). Its background work is not started.
func Open(t testing.TB, dialect string, env map[string]string) *system.System {
	t.Helper()
	dns := dnstest.Start(t)
	vars := map[string]string{"PORTAL_DATA_DIR": t.TempDir(), "PORTAL_DNS_RESOLVER": dns.Addr()}
	if dialect == "postgres" {
		vars["PORTAL_DATABASE_URL"] = storetest.FreshPostgres(t)
	}
	for k, v := range env {
		vars[k] = v
	}
	cfg, err := config.Load(func(k string) (string, bool) { v, ok := vars[k]; return v, ok })
	if err != nil {
		t.Fatalf("test configuration: %v", err)
	}
	sys, err := system.Open(context.Background(), cfg, clock.NewOffset())
	if err != nil {
		t.Fatalf("open the server on %s: %v", dialect, err)
	}
	t.Cleanup(func() { sys.Close() })
	if cfg.DNSResolver == dns.Addr() {
		remember(t, sys, dns)
	}
	if _, err := sys.Store.Migrate(context.Background()); err != nil {
		t.Fatalf("migrate %s: %v", dialect, err)
	}
	return sys
}

// Clock is the test clock of a server opened by Open.
func Clock(t testing.TB, sys *system.System) *clock.Offset {
	t.Helper()
	c, ok := sys.Clock.(*clock.Offset)
	if !ok {
		t.Fatalf("the server runs on %T, not a test clock", sys.Clock)
	}
	return c
}

// Listen reserves a free loopback port for a server that is yet to be
// opened (its base URL names the port).
func Listen(t testing.TB) net.Listener {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatalf("find a free port: %v", err)
	}
	return ln
}

// Serve answers HTTP on ln until the test ends, then shuts the server down
// before its database closes.
func Serve(t testing.TB, sys *system.System, ln net.Listener) {
	t.Helper()
	go sys.App.Listener(ln)
	t.Cleanup(func() { sys.App.ShutdownWithTimeout(5 * time.Second) })
}
