package sessions

import (
	"context"
	"net/url"
	"sync"
	"testing"
	"time"

	"clientportal/server/internal/store"
	"clientportal/server/internal/storetest"
	"clientportal/server/internal/workspace"
)

func TestAnEndedSessionOrARevokedClientIsRefusedAtOnceThoughSessionsAreCached(t *testing.T) {
	for _, dialect := range storetest.Dialects {
		t.Run(dialect, func(t *testing.T) {
			f := newFixture(t, dialect)
			ctx := context.Background()
			jane := f.contact("jane@client.test", "Jane Doe")
			first, _ := f.start(jane, ClientMeta{})
			second, _ := f.start(jane, ClientMeta{})
			for _, ns := range []NewSession{first, second} {
				if _, _, err := f.svc.For(ctx, f.ws.ID, ns.Token); err != nil {
					t.Fatal(err)
				}
			}
			var statements int
			var mu sync.Mutex
			if err := f.store.WatchStatements(func(string) { mu.Lock(); statements++; mu.Unlock() }); err != nil {
				t.Fatal(err)
			}
			if _, _, err := f.svc.For(ctx, f.ws.ID, first.Token); err != nil || statements != 0 {
				t.Fatalf("a session looked up a moment ago took %d statements (err %v), want 0 from the cache", statements, err)
			}

			if err := f.svc.Logout(ctx, f.ws.ID, first.Session.ID); err != nil {
				t.Fatal(err)
			}
			if _, _, err := f.svc.For(ctx, f.ws.ID, first.Token); err == nil {
				t.Fatal("a session that was logged out still works from the cache")
			}
			err := f.store.InTx(ctx, func(tx *store.Tx) error {
				return tx.Contacts().Update(f.ws.ID, jane.ID, map[string]any{"access_revoked_at": f.now()})
			})
			if err != nil {
				t.Fatal(err)
			}
			if _, _, err := f.svc.For(ctx, f.ws.ID, second.Token); err == nil {
				t.Fatal("a client whose access was revoked still gets in from the cache")
			}
		})
	}
}

func TestALogoutOnOneInstanceEndsTheSessionCachedByAnother(t *testing.T) {
	opts := storetest.Options(t, "postgres")
	ctx := context.Background()
	a, err := store.Open(ctx, opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { a.Close() })
	b, err := store.Open(ctx, opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { b.Close() })
	if _, err := a.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	clk := storetest.ClockOf(t, a)
	created, err := workspace.New(a, &url.URL{Scheme: "http", Host: "localhost:8080"}, clk).Setup(ctx, "Acme", "owner@acme.test")
	if err != nil {
		t.Fatal(err)
	}
	heard := make(chan string, 64)
	b.OnInvalidate(func(name string) { heard <- name })
	listening, stop := context.WithCancel(ctx)
	defer stop()
	go b.ListenInvalidations(listening, opts.DatabaseURL)

	onA, onB := New(a, clk), New(b, clk)
	jane := storetest.Contact(t, a, created.Workspace.ID, "jane@client.test", "Jane Doe")
	var ns NewSession
	if err := a.InTx(ctx, func(tx *store.Tx) (err error) {
		ns, err = onA.Start(tx, created.Workspace.ID, jane.ID, ClientMeta{})
		return err
	}); err != nil {
		t.Fatal(err)
	}
	// Until B's listener is connected a change would go unheard: touch the
	// contact until B hears of it.
	for deadline := time.Now().Add(10 * time.Second); ; {
		if err := a.InTx(ctx, func(tx *store.Tx) error {
			return tx.Contacts().Update(created.Workspace.ID, jane.ID, map[string]any{"name": "Jane Doe"})
		}); err != nil {
			t.Fatal(err)
		}
		select {
		case <-heard:
		case <-time.After(100 * time.Millisecond):
			if time.Now().After(deadline) {
				t.Fatal("instance B never heard of a change committed by A")
			}
			continue
		}
		break
	}
	if _, _, err := onB.For(ctx, created.Workspace.ID, ns.Token); err != nil {
		t.Fatal(err)
	}

	if err := onA.Logout(ctx, created.Workspace.ID, ns.Session.ID); err != nil {
		t.Fatal(err)
	}
	// The clock does not move: without the notice B's cached session would
	// live on for as long as the test waits.
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		if _, _, err := onB.For(ctx, created.Workspace.ID, ns.Token); err != nil {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("a session logged out on instance A still works on instance B, which had it cached")
		}
	}
}
