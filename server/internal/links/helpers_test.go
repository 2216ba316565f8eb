package links

import (
	"context"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"

	"clientportal/server/internal/model"
	"clientportal/server/internal/sessions"
	"clientportal/server/internal/store"
	"clientportal/server/internal/storetest"
	"clientportal/server/internal/workspace"
	"clientportal/shared/clock"
)

// fixture is the links service and the sessions it starts on a fresh
// database with one workspace, and the test clock the store and the
// services share.
type fixture struct {
	t        testing.TB
	store    *store.Store
	svc      *Service
	sessions *sessions.Service
	ws       model.Workspace
	clock    *clock.Offset
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
	ss := sessions.New(st, clk)
	return &fixture{t: t, store: st, svc: New(st, wss, ss, clk), sessions: ss, ws: created.Workspace, clock: clk}
}

// now is the test clock's reading.
func (f *fixture) now() time.Time { return f.clock.Now() }

// advance moves the shared clock forward.
func (f *fixture) advance(d time.Duration) { f.clock.Advance(d) }

// contact stores a new, not yet invited contact the way the owner adds one.
func (f *fixture) contact(email, name string) model.Contact {
	return storetest.Contact(f.t, f.store, f.ws.ID, email, name)
}

// addContact stores a new, not yet invited contact the way the owner adds one.
func addContact(tx *store.Tx, workspaceID, email, name string, now time.Time) (model.Contact, error) {
	c := model.Contact{ID: uuid.NewString(), WorkspaceID: workspaceID, Email: email, EmailLower: strings.ToLower(email),
		Name: name, Status: "not_invited", CreatedAt: now, UpdatedAt: now}
	return c, tx.Contacts().Create(&c)
}

// magicToken makes a magic link for c and returns its token.
func (f *fixture) magicToken(c model.Contact) string {
	f.t.Helper()
	u, _, err := f.svc.NewMagicLink(context.Background(), f.ws.ID, c.ID)
	if err != nil {
		f.t.Fatal(err)
	}
	return u[strings.LastIndex(u, "/")+1:]
}

// counts are the workspace's invited and joined counts.
func (f *fixture) counts() model.Counters { return storetest.Counters(f.t, f.store, f.ws.ID) }

// emails lists the workspace's queued emails, newest first.
func (f *fixture) emails() []model.Email { return storetest.Emails(f.t, f.store, f.ws.ID) }

// linkByToken loads a login link of the workspace by its clear token.
func (f *fixture) linkByToken(token string) (model.LoginLink, error) {
	var l model.LoginLink
	err := f.store.View(context.Background(), func(tx *store.Tx) (err error) {
		l, err = tx.LoginLinks().ByTokenHash(f.ws.ID, hashToken(token))
		return err
	})
	return l, err
}
