// Package storetest opens real, fresh, migrated databases for tests: an
// SQLite file in a temp folder and a new PostgreSQL database, dropped after.
package storetest

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/uuid"
	_ "github.com/jackc/pgx/v5/stdlib" // database/sql driver for creating test databases

	"clientportal/server/internal/model"
	"clientportal/server/internal/secure"
	"clientportal/server/internal/store"
	"clientportal/shared/clock"
)

// AdminURL is the PostgreSQL server tests create their databases on.
func AdminURL() string {
	if u := os.Getenv("PORTAL_TEST_DATABASE_URL"); u != "" {
		return u
	}
	return "postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable"
}

// Dialects are the databases every store test runs on.
var Dialects = []string{"sqlite", "postgres"}

// Each runs fn once per database, each time on a fresh migrated store.
func Each(t *testing.T, fn func(t *testing.T, s *store.Store)) {
	for _, d := range Dialects {
		t.Run(d, func(t *testing.T) { fn(t, Open(t, d)) })
	}
}

// Open returns a fresh migrated store of the dialect, closed after the test.
func Open(t testing.TB, dialect string) *store.Store {
	t.Helper()
	s, err := store.Open(context.Background(), Options(t, dialect))
	if err != nil {
		t.Fatalf("open %s test database: %v", dialect, err)
	}
	t.Cleanup(func() { s.Close() })
	if _, err := s.Migrate(context.Background()); err != nil {
		t.Fatalf("migrate %s: %v", dialect, err)
	}
	return s
}

// Options makes a fresh, empty database of the dialect and says how to open
// it, on a test clock of its own that tests move with ClockOf.
func Options(t testing.TB, dialect string) store.Options {
	t.Helper()
	if dialect == "sqlite" {
		return store.Options{SQLitePath: filepath.Join(t.TempDir(), "portal.db"), Clock: clock.NewOffset(), Sealer: NewSealer(t)}
	}
	return store.Options{DatabaseURL: FreshPostgres(t), Clock: clock.NewOffset(), Sealer: NewSealer(t)}
}

// NewSealer seals under a fresh random server key.
func NewSealer(t testing.TB) *secure.Sealer {
	t.Helper()
	key := make([]byte, secure.MinSealKey)
	rand.Read(key)
	s, err := secure.NewSealer(key)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// ClockOf is the test clock of a store opened by this package.
func ClockOf(t testing.TB, s *store.Store) *clock.Offset {
	t.Helper()
	c, ok := s.Clock().(*clock.Offset)
	if !ok {
		t.Fatalf("the store runs on %T, not a test clock", s.Clock())
	}
	return c
}

// FreshPostgres creates an empty PostgreSQL database and drops it after the test.
func FreshPostgres(t testing.TB) string {
	t.Helper()
	admin, err := sql.Open("pgx", AdminURL())
	if err != nil {
		t.Fatalf("PostgreSQL at %s: %v", AdminURL(), err)
	}
	t.Cleanup(func() { admin.Close() })
	name := "portal_test_" + randomHex(6)
	if _, err := admin.Exec("CREATE DATABASE " + name); err != nil {
		t.Fatalf("PostgreSQL must answer at %s (run `make deps` to start one): %v", AdminURL(), err)
	}
	t.Cleanup(func() { admin.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)") })
	u, _ := url.Parse(AdminURL())
	u.Path = "/" + name
	return u.String()
}

func randomHex(n int) string {
	b := make([]byte, n)
	rand.Read(b)
	return hex.EncodeToString(b)
}

// Contact stores a new, not yet invited contact of the workspace, the way
// the owner adds one, stamped by the store's clock.
func Contact(t testing.TB, s *store.Store, workspaceID, email, name string) model.Contact {
	t.Helper()
	now := s.Now()
	c := model.Contact{ID: uuid.NewString(), WorkspaceID: workspaceID, Email: email, EmailLower: strings.ToLower(email),
		Name: name, Status: "not_invited", CreatedAt: now, UpdatedAt: now}
	if err := s.InTx(context.Background(), func(tx *store.Tx) error { return tx.Contacts().Create(&c) }); err != nil {
		t.Fatalf("store contact %s: %v", email, err)
	}
	return c
}

// Counters are the workspace's invited and joined counts.
func Counters(t testing.TB, s *store.Store, workspaceID string) model.Counters {
	t.Helper()
	var c model.Counters
	err := s.View(context.Background(), func(tx *store.Tx) (err error) { c, err = tx.Workspaces().Counters(workspaceID); return err })
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// Emails lists the workspace's queued and sent emails, newest first.
func Emails(t testing.TB, s *store.Store, workspaceID string) []model.Email {
	t.Helper()
	var es []model.Email
	err := s.View(context.Background(), func(tx *store.Tx) (err error) { es, err = tx.Emails().Recent(workspaceID, 1000); return err })
	if err != nil {
		t.Fatal(err)
	}
	return es
}
