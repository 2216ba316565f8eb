package web_test

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"testing"
	"time"

	"clientportal/server/internal/secure"
	"clientportal/server/internal/store"
	"clientportal/shared/api"
)

// The portal's dates all come from its clock: seven years from today,
// links and sessions still expire on time, invoices fall overdue on their
// due date, unread messages are emailed after the delay, and expired links
// are purged a day later. No date in this test is written by hand.
func TestYearsFromTodayLinksSessionsInvoicesMessageEmailsAndPurgesFollowTheClock(t *testing.T) {
	lp := newLivePortal(t, "sqlite")
	lp.clock.AddDate(7, 0, 0)
	ada := lp.newContact("Ada Lovelace", "ada@example.test")
	lp.issueInvoice(lp.draftInvoice(ada))

	c := lp.signIn(ada)
	if list := get(t, c, lp.origin()+"/invoices"); !strings.Contains(list, "badge-due") || strings.Contains(list, "badge-overdue") {
		t.Fatalf("an invoice due next month is not shown as due:\n%s", list)
	}

	unused := lp.magicLink(ada)
	lp.clock.Advance(16 * time.Minute)
	if page := get(t, lp.httpClient(), unused); !strings.Contains(page, "This link was already used or has expired") {
		t.Errorf("a magic link 16 minutes old still opens:\n%s", page)
	}
	// Checked while the link is a minute past its expiry: the server's own
	// periodic jobs may purge it as soon as the clock jumps a month below.
	if !lp.linkStored(unused) {
		t.Fatal("the expired link is gone before the purge")
	}

	lp.ownerAPI(http.MethodPost, "/api/v1/messages", api.NewMessage{ContactID: ada, Body: "Your report is ready"}, nil)
	lp.clock.Advance(lp.sys.Messages.NotifyDelay + time.Second)
	lp.sys.Queue.Notify()
	if !eventually(func() bool { return len(lp.emailsTo("ada@example.test")) > 0 }) {
		t.Errorf("an unread message was not emailed after the delay")
	}

	lp.clock.AddDate(0, 1, 1)
	res, err := c.Get(lp.origin() + "/invoices")
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.Request.URL.Path == "/invoices" {
		t.Errorf("a session idle for a month still opens the invoices page")
	}
	if list := get(t, lp.signIn(ada), lp.origin()+"/invoices"); !strings.Contains(list, "badge-overdue") {
		t.Errorf("an invoice a day past its due date is not overdue:\n%s", list)
	}

	if err := lp.sys.Links.SchedulePurge(context.Background()); err != nil {
		t.Fatal(err)
	}
	lp.sys.Queue.Notify()
	if !eventually(func() bool { return !lp.linkStored(unused) }) {
		t.Errorf("a link expired over a day ago was not purged")
	}
}

// linkStored says whether the login link of a URL is still in the database.
func (lp *livePortal) linkStored(link string) bool {
	lp.t.Helper()
	token := link[strings.LastIndex(link, "/")+1:]
	err := lp.sys.Store.View(context.Background(), func(tx *store.Tx) error {
		_, err := tx.LoginLinks().ByTokenHash(lp.acme.Workspace.ID, secure.Hash(token))
		return err
	})
	if err != nil && !errors.Is(err, store.ErrNotFound) {
		lp.t.Fatal(err)
	}
	return err == nil
}

// eventually polls cond for up to ten seconds.
func eventually(cond func() bool) bool {
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if cond() {
			return true
		}
	}
	return cond()
}
