package sessions

import (
	"context"
	"net/url"
	"testing"
	"time"

	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
	"clientportal/server/internal/storetest"
	"clientportal/server/internal/workspace"
	"clientportal/shared/clock"
)

// fixture is the sessions service on a fresh database with one workspace,
// and the test clock the store and the service share.
type fixture struct {
	t     testing.TB
	store *store.Store
	svc   *Service
	ws    model.Workspace
	clock *clock.Offset
}

func newFixture(t testing.TB, dialect string) *fixture {
	t.Helper()
	st := storetest.Open(t, dialect)
	clk := storetest.ClockOf(t, st)
	wss := workspace.New(st, &url.URL{Scheme: "http", Host: "localhost:8080"}, clk)
	created, err := wss.Setup(context.Background(), "Acme", "owner@acme.test")
	if err != nil {
		t.Fatal(err)
	}
	return &fixture{t: t, store: st, svc: New(st, clk), ws: created.Workspace, clock: clk}
}

// now is the test clock's reading.
func (f *fixture) now() time.Time { return f.clock.Now() }

// advance moves the shared clock forward.
func (f *fixture) advance(d time.Duration) { f.clock.Advance(d) }

// contact stores a new, not yet invited contact the way the owner adds one.
func (f *fixture) contact(email, name string) model.Contact {
	return storetest.Contact(f.t, f.store, f.ws.ID, email, name)
}

// start logs c in, as a used login link or code does.
func (f *fixture) start(c model.Contact, meta ClientMeta) (NewSession, error) {
	var ns NewSession
	err := f.store.InTx(context.Background(), func(tx *store.Tx) (err error) {
		ns, err = f.svc.Start(tx, f.ws.ID, c.ID, meta)
		return err
	})
	return ns, err
}
