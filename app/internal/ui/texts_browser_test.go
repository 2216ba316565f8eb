package ui

import (
	"fmt"
	"testing"

	"github.com/chromedp/chromedp"

	"clientportal/app/internal/testenv"
	"clientportal/shared/api"
)

func TestBrowserTextLoginLinkToSelectedContactsAndCountTheWordingAsYouType(t *testing.T) {
	t.Parallel()
	portal := testenv.StartPortal(t)
	owner := ownerClient(portal)
	for i := range 3 {
		in := api.NewContact{Email: fmt.Sprintf("text-%d@example.test", i), Name: fmt.Sprintf("Client %d", i), Phone: fmt.Sprintf("(415) 555-267%d", i)}
		if _, err := owner.CreateContact(testenv.Context(t), in, ""); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := owner.CreateContact(testenv.Context(t), api.NewContact{Email: "no-phone@example.test"}, ""); err != nil {
		t.Fatal(err)
	}
	h := newHarness(t)
	ctx := testenv.Browser(t)
	connectInBrowser(t, ctx, h, portal)

	do(t, ctx,
		chromedp.Navigate(h.UI.URL+"/contacts/"),
		waitText("#contacts-table", "+14155552672"),
		chromedp.Click(`[data-select-all]`),
		waitText("[data-selected-count]", "4 selected"),
		chromedp.Click("#bulk-text"),
		waitText("#bulk", "Skipped 1"),
		waitText("#bulk", "All handed to the provider."),
	)
	if n := eval[int](t, ctx, `document.querySelectorAll("#bulk .results li.sent").length`); n != 3 {
		t.Fatalf("%d contacts show sent, want 3", n)
	}
	if got := eval[string](t, ctx, `document.querySelector("#bulk li.skipped").textContent`); got == "" {
		t.Fatal("the contact without a phone is not named")
	}

	do(t, ctx,
		chromedp.Click("#text-settings-open"),
		waitText("#text-segments", "1 message"),
	)
	eval[string](t, ctx, `document.querySelector("#text-template").value = ""`)
	do(t, ctx,
		chromedp.SendKeys("#text-template", "Hello from all of us at the studio. We hope you are well and enjoying the season. Here is the link you asked for, please open it soon: {{portal.magic_link}}"),
		waitText("#text-segments", "2 messages: shorten it to fit one"),
	)
}
