package ui

import (
	"testing"

	"github.com/chromedp/chromedp"

	"clientportal/app/internal/testenv"
)

func TestBrowserTheStatusFilterStaysAfterAnInviteOnlineAndOffline(t *testing.T) {
	// Not parallel: it stops its portal, and another test must not get the
	// stopped server's address meanwhile.
	portal := testenv.StartPortal(t)
	seeded := seedContacts(t, ownerClient(portal), "filter", 2)
	h := newHarness(t)
	ctx := testenv.Browser(t)
	connectInBrowser(t, ctx, h, portal)
	waitOnline(t, h)

	do(t, ctx,
		chromedp.Navigate(h.UI.URL+"/contacts/"),
		waitText("#contacts-table", seeded[0].Email),
		chromedp.Click(`#contact-`+seeded[0].ID+` button[hx-post$="/invite"]`),
		waitText("#action-panel", "Invitation sent"),
		// The notice arrives with the live update that swaps the status banner.
		waitText("#notices", "Invited"),
	)
	if n := eval[int](t, ctx, `document.querySelectorAll('#contact-filters select[name="status"]').length`); n != 1 {
		t.Fatalf("after an invite the page has %d status filters, want 1", n)
	}

	portal.Stop()
	do(t, ctx,
		chromedp.Click(`#contact-`+seeded[1].ID+` button[hx-post$="/invite"]`),
		waitText("#action-panel", "queued in the outbox"),
		waitText(".status", "Offline."),
	)
	if n := eval[int](t, ctx, `document.querySelectorAll('.status .offline').length`); n != 1 {
		t.Fatalf("offline the banner shows %d times, want once", n)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll('#contact-filters select[name="status"]').length`); n != 1 {
		t.Fatalf("offline after an invite the page has %d status filters, want 1", n)
	}
	// The filter still filters.
	do(t, ctx, chromedp.SetValue(`#contact-filters select[name="status"]`, "invited"))
	eval[bool](t, ctx, `document.querySelector('#contact-filters select[name="status"]').dispatchEvent(new Event("change",{bubbles:true}))`)
	do(t, ctx,
		waitJS(`!document.querySelector("#contacts-table").textContent.includes(`+mustJSONString(seeded[1].Email)+`)`, "the filtered table"),
	)
}
