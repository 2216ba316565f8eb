package ui

import (
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"clientportal/app/internal/testenv"
)

func TestBrowserBulkLoginEmailToFiftyContactsReachesFifty(t *testing.T) {
	t.Parallel()
	portal := testenv.StartPortal(t)
	contacts := seedContacts(t, ownerClient(portal), "bulk", 50)
	h := newHarness(t)
	ctx := testenv.Browser(t)
	connectInBrowser(t, ctx, h, portal)

	start := time.Now()
	do(t, ctx,
		chromedp.Navigate(h.UI.URL+"/contacts/"),
		waitText("#contacts-table", "bulk-049@example.test"),
		chromedp.Click(`[data-select-all]`),
		waitText("[data-selected-count]", "50 selected"),
		chromedp.Click("#bulk-login"),
		waitText("#bulk-total", "50"),
		waitText("#bulk", "Done."),
	)
	t.Logf("bulk login email to 50 contacts: %s from click to all delivered", time.Since(start).Round(time.Millisecond))
	if done := eval[string](t, ctx, `document.querySelector("#bulk-done").textContent`); done != "50" {
		t.Fatalf("progress ended at %s of 50", done)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll("#bulk .results li.sent").length`); n != 50 {
		t.Fatalf("%d contacts show delivered, want 50", n)
	}
	addrs := make([]string, len(contacts))
	for i, c := range contacts {
		addrs[i] = c.Email
	}
	for addr, n := range portal.WaitMails(t, addrs) {
		if n != 1 {
			t.Errorf("%s got %d login emails, want exactly 1", addr, n)
		}
	}
}
