package contacts

import (
	"context"
	"net/url"
	"testing"

	"clientportal/server/internal/emailtemplates"
	"clientportal/server/internal/links"
	"clientportal/server/internal/model"
	"clientportal/server/internal/sessions"
	"clientportal/server/internal/store"
	"clientportal/server/internal/storetest"
	"clientportal/server/internal/workspace"
)

// fixture is the contacts service and the owner's email templates on a
// fresh database with one workspace, on the store's test clock.
type fixture struct {
	t         testing.TB
	store     *store.Store
	svc       *Service
	templates *emailtemplates.Service
	ws        model.Workspace
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
	ls := links.New(st, wss, sessions.New(st, clk), clk)
	return &fixture{t: t, store: st, svc: New(st, ls, clk), templates: emailtemplates.New(st, wss, clk), ws: created.Workspace}
}

func (f *fixture) contact(email, name string) model.Contact {
	f.t.Helper()
	c, err := f.svc.Create(context.Background(), f.ws.ID, NewContact{Email: email, Name: name})
	if err != nil {
		f.t.Fatal(err)
	}
	return c
}

// counts are the workspace's invited and joined counts.
func (f *fixture) counts() model.Counters { return storetest.Counters(f.t, f.store, f.ws.ID) }

// emails lists the workspace's queued emails, newest first.
func (f *fixture) emails() []model.Email { return storetest.Emails(f.t, f.store, f.ws.ID) }
