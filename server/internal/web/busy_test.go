package web_test

import (
	"context"
	"database/sql"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"testing"

	"clientportal/server/internal/config"
	"clientportal/server/internal/store"
	"clientportal/server/internal/storetest"
	"clientportal/server/internal/system"
	"clientportal/shared/api"
	"clientportal/shared/clock"
)

// newTinyPoolPortal is newPortal on PostgreSQL with PORTAL_DB_MAX_CONNS=2;
// it also returns the name of its database.
func newTinyPoolPortal(t *testing.T) (*portal, string) {
	t.Helper()
	dbURL := storetest.FreshPostgres(t)
	env := map[string]string{"PORTAL_DATA_DIR": t.TempDir(), "PORTAL_BASE_URL": "http://localhost:8080",
		"PORTAL_DATABASE_URL": dbURL, "PORTAL_DB_MAX_CONNS": "2"}
	cfg, err := config.Load(func(k string) (string, bool) { v, ok := env[k]; return v, ok })
	if err != nil {
		t.Fatal(err)
	}
	sys, err := system.Open(context.Background(), cfg, clock.NewOffset())
	if err != nil {
		t.Fatalf("open the server: %v", err)
	}
	t.Cleanup(func() { sys.Close() })
	if _, err := sys.Store.Migrate(context.Background()); err != nil {
		t.Fatal(err)
	}
	p := &portal{t: t, sys: sys}
	p.acme = p.setup("Acme", "owner@acme.test")
	u, _ := url.Parse(dbURL)
	return p, strings.TrimPrefix(u.Path, "/")
}

// holdEveryConnection keeps n transactions open until the returned release
// is called, and returns once all n have their connection.
func holdEveryConnection(t *testing.T, s *store.Store, n int) (release func()) {
	t.Helper()
	started, done := make(chan struct{}, n), make(chan struct{})
	var wg sync.WaitGroup
	for range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			err := s.InTx(context.Background(), func(tx *store.Tx) error { started <- struct{}{}; <-done; return nil })
			if err != nil {
				t.Errorf("hold a connection: %v", err)
			}
		}()
	}
	for range n {
		<-started
	}
	var once sync.Once
	release = func() { once.Do(func() { close(done); wg.Wait() }) }
	t.Cleanup(release)
	return release
}

// connectionsTo counts the sessions PostgreSQL has open on database name.
func connectionsTo(t *testing.T, name string) int {
	t.Helper()
	admin, err := sql.Open("pgx", storetest.AdminURL())
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close()
	var n int
	if err := admin.QueryRow("SELECT count(*) FROM pg_stat_activity WHERE datname = $1", name).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

func TestABusyDatabaseAnswers503WithRetryAfterNot500AndThePoolStaysWithinItsCap(t *testing.T) {
	p, dbName := newTinyPoolPortal(t)
	release := holdEveryConnection(t, p.sys.Store, 2)

	var apiAnswer, pageAnswer answer
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); apiAnswer = p.api(http.MethodGet, "/api/v1/portal", p.acme.Token, "") }()
	go func() { defer wg.Done(); pageAnswer = p.do(request{path: "/", host: "acme.localhost:8080"}) }()
	wg.Wait()

	msg := apiError(t, apiAnswer, http.StatusServiceUnavailable, api.CodeUnavailable)
	if msg != "The portal is busy; try again in a moment." {
		t.Errorf("API message %q, want the busy message", msg)
	}
	if pageAnswer.status != http.StatusServiceUnavailable {
		t.Errorf("portal page: %d, want 503; body %s", pageAnswer.status, pageAnswer.body)
	}
	if ct := pageAnswer.header.Get("Content-Type"); !strings.HasPrefix(ct, "text/html") {
		t.Errorf("portal page has Content-Type %q, want an HTML page", ct)
	}
	if !strings.Contains(pageAnswer.body, "The portal is busy; try again in a moment.") {
		t.Errorf("portal page does not say the portal is busy: %s", pageAnswer.body)
	}
	for name, a := range map[string]answer{"API": apiAnswer, "portal page": pageAnswer} {
		if got := a.header.Get("Retry-After"); got != "1" {
			t.Errorf("%s: Retry-After %q, want 1", name, got)
		}
	}
	if n := connectionsTo(t, dbName); n > 2 {
		t.Errorf("PostgreSQL has %d connections to the portal's database, over the cap of 2", n)
	}

	release()
	if got := p.api(http.MethodGet, "/api/v1/portal", p.acme.Token, ""); got.status != http.StatusOK {
		t.Errorf("once a connection is free: %d %s, want 200", got.status, got.body)
	}
	if n := connectionsTo(t, dbName); n > 2 {
		t.Errorf("PostgreSQL has %d connections to the portal's database after the rush, over the cap of 2", n)
	}
}
