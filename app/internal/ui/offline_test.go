package ui

import (
	"fmt"
	"net/url"
	"strings"
	"testing"
	"time"

	"clientportal/app/internal/testenv"
	"clientportal/shared/api"
)

func TestOfflineActionsAreQueuedAndAppliedExactlyOnceWhenTheServerIsBack(t *testing.T) {
	// Not parallel: it stops its portal, and another test must not get the
	// stopped server's address meanwhile.
	portal := testenv.StartPortal(t)
	seeded := seedContacts(t, ownerClient(portal), "login", 10)
	h := newHarness(t)
	if res, body := post(t, h, "/connect", url.Values{"server": {portal.URL}, "token": {portal.Token}}); res.Header.Get("HX-Redirect") == "" {
		t.Fatalf("connect failed: %s", body)
	}
	get(t, h, "/dashboard/") // keeps a copy of the portal for offline use
	portal.Stop()

	var invited []string
	for i := range 10 {
		email := fmt.Sprintf("offline-%02d@example.test", i)
		invited = append(invited, email)
		_, body := post(t, h, "/invites", url.Values{"email": {email}})
		assertQueued(t, body)
	}
	for _, c := range seeded {
		_, body := post(t, h, "/contacts/"+c.ID+"/login-email", url.Values{"email": {c.Email}})
		assertQueued(t, body)
	}
	_, dash := get(t, h, "/dashboard/")
	for _, want := range []string{"Offline.", "20 waiting", "Invited users", "these figures are from"} {
		if !strings.Contains(dash, want) {
			t.Fatalf("offline dashboard lacks %q:\n%s", want, dash)
		}
	}

	portal.Start()
	waitOutboxEmpty(t, h)
	assertInvitedOnce(t, portal, invited)
	counts := portal.WaitMails(t, append(invited, emails(seeded)...))
	for addr, n := range counts {
		if n != 1 {
			t.Errorf("%s received %d emails, want exactly 1", addr, n)
		}
	}
	if _, body := get(t, h, "/outbox/"); strings.Count(body, `class="synced"`) != 20 {
		t.Fatalf("outbox does not show 20 synced actions:\n%s", body)
	}
}

func assertQueued(t *testing.T, body string) {
	t.Helper()
	if !strings.Contains(body, "queued in the outbox") {
		t.Fatalf("offline action was not queued: %s", body)
	}
}

func waitOutboxEmpty(t *testing.T, h *harness) {
	t.Helper()
	c, err := h.App.Current()
	if err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(30 * time.Second)
	for {
		n, err := h.App.DB.CountPending(testenv.Context(t), c.Account.ID)
		if err == nil && n == 0 {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("outbox still has %d pending actions (%v)", n, err)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// assertInvitedOnce checks the server holds each address once, as invited.
func assertInvitedOnce(t *testing.T, p *testenv.Portal, addrs []string) {
	t.Helper()
	for _, a := range addrs {
		l, err := ownerClient(p).Contacts(testenv.Context(t), api.ContactQuery{Q: a})
		if err != nil {
			t.Fatal(err)
		}
		if len(l.Contacts) != 1 || l.Contacts[0].Status != api.StatusInvited {
			t.Errorf("%s on the server: %+v, want one invited contact", a, l.Contacts)
		}
	}
}

func emails(cs []api.Contact) []string {
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = c.Email
	}
	return out
}
