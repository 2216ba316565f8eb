package ui

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"clientportal/app/internal/testenv"
)

func TestBrowserAnOfflineBulkLoginEmailSaysQueuedNotDone(t *testing.T) {
	// Not parallel: it stops its portal, and another test must not get the
	// stopped server's address meanwhile.
	portal := testenv.StartPortal(t)
	seeded := seedContacts(t, ownerClient(portal), "later", 3)
	h := newHarness(t)
	ctx := testenv.Browser(t)
	connectInBrowser(t, ctx, h, portal)
	do(t, ctx,
		chromedp.Navigate(h.UI.URL+"/contacts/"),
		waitText("#contacts-table", seeded[2].Email),
	)
	portal.Stop()
	do(t, ctx,
		chromedp.Click(`[data-select-all]`),
		waitText("[data-selected-count]", "3 selected"),
		chromedp.Click("#bulk-login"),
		waitText("#bulk", "3 waiting in the outbox"),
		waitText("#notices", "queued"),
	)
	bulk := eval[string](t, ctx, `document.getElementById("bulk").textContent`)
	if strings.Contains(bulk, "Done.") {
		t.Fatalf("offline, the bulk card says done while all wait in the outbox:\n%s", bulk)
	}
	if done := eval[string](t, ctx, `document.querySelector("#bulk-done").textContent`); done != "0" {
		t.Fatalf("offline, the progress shows %s of 3 done, want 0", done)
	}
	if notices := eval[string](t, ctx, `document.getElementById("notices").textContent`); strings.Contains(notices, "done") {
		t.Fatalf("offline, a notice says done: %s", notices)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll('#selection input[name="contact_id"]:checked').length`); n != 0 {
		t.Fatalf("after the send %d contacts are still selected", n)
	}
}

func TestOfflineTheInboxShowsTheLastConversationsAndNoEmptyState(t *testing.T) {
	// Not parallel: it stops its portal, and another test must not get the
	// stopped server's address meanwhile.
	portal := testenv.StartPortal(t)
	grace := seedContacts(t, ownerClient(portal), "grace", 1)[0]
	client, base := clientSession(t, portal, grace.ID)
	h := newHarness(t)
	connectUI(t, h, portal, portal.Token)
	clientWrites(t, client, base, "Is the contract ready?")
	if _, list := get(t, h, "/inbox/list"); !strings.Contains(list, "Is the contract ready?") {
		t.Fatalf("online inbox lacks the message:\n%s", list)
	}
	portal.Stop()

	_, list := get(t, h, "/inbox/list")
	if !strings.Contains(list, "Is the contract ready?") || !strings.Contains(list, "Offline: the conversations as they were") {
		t.Fatalf("offline inbox does not keep the last conversations:\n%s", list)
	}
	if strings.Contains(list, "No messages yet") || strings.Contains(list, "Could not load the inbox") {
		t.Fatalf("offline inbox shows an error or the empty state beside the conversations:\n%s", list)
	}
}

func TestOfflineWithNoCopyTheInboxSaysWhyWithoutAnEmptyState(t *testing.T) {
	// Not parallel: it stops its portal, and another test must not get the
	// stopped server's address meanwhile.
	portal := testenv.StartPortal(t)
	h := newHarness(t)
	connectUI(t, h, portal, portal.Token)
	portal.Stop()
	_, list := get(t, h, "/inbox/list")
	if !strings.Contains(list, "Could not load the inbox") || strings.Contains(list, "No messages yet") {
		t.Fatalf("offline inbox without a copy shows both the error and the empty state:\n%s", list)
	}
}
