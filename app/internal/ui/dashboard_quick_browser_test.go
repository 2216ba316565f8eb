package ui

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"clientportal/app/internal/testenv"
	"clientportal/shared/api"
)

func TestBrowserTheDashboardInvitesMakesAMagicLinkAndEmailsThreeContacts(t *testing.T) {
	t.Parallel()
	portal := testenv.StartPortal(t)
	owner := ownerClient(portal)
	seeded := seedContacts(t, owner, "quick", 4)
	h := newHarness(t)
	ctx := testenv.Browser(t)
	allowClipboard(t, ctx)
	connectInBrowser(t, ctx, h, portal)

	// Invite someone new by typing the email.
	do(t, ctx,
		chromedp.WaitVisible("#quick-form"),
		chromedp.SendKeys("#quick-q", "newcomer@example.test"),
		waitText("#quick-pick", "No contact matches"),
		chromedp.Click("#quick-invite"),
		waitText("#quick-result", "Invitation sent to newcomer@example.test"),
		waitText("#count-invited", "1"),
	)

	// Invite an existing contact found by search.
	pick := func(c api.Contact) []chromedp.Action[chromedp.Void] {
		return []chromedp.Action[chromedp.Void]{
			clearField("#quick-q"),
			chromedp.SendKeys("#quick-q", c.Name),
			// The picker answers for what the box holds now (no search still on its way).
			waitJS(fmt.Sprintf(`(function(){var q=document.getElementById("quick-q"), p=document.getElementById("quick-pick");
				return p.dataset.q === q.value && !q.classList.contains("htmx-request") && !!p.querySelector('.pick[data-email=%q] input[type=checkbox]:not(:checked)')})()`, c.Email), "the contact in the picker"),
			chromedp.Click("#pick-" + c.ID),
		}
	}
	do(t, ctx, pick(seeded[0])...)
	do(t, ctx,
		chromedp.Click("#quick-invite"),
		waitText("#quick-result", "Invitation sent to "+seeded[0].Email),
		waitText("#count-invited", "2"),
	)

	// A magic link for one contact, copied.
	do(t, ctx, chromedp.Click("#pick-"+seeded[0].ID))
	do(t, ctx, pick(seeded[1])...)
	do(t, ctx,
		chromedp.Click("#quick-magic"),
		waitText("#quick-result", "Magic link for "+seeded[1].Email),
	)
	link := eval[string](t, ctx, `document.getElementById("magic-url").value`)
	if portalURL := eval[string](t, ctx, `document.getElementById("portal-url").value`); !strings.HasPrefix(link, portalURL) || !strings.Contains(link, "/login/") {
		t.Fatalf("magic link %q is not a login link of the portal %s", link, portalURL)
	}
	do(t, ctx, chromedp.Click(`#quick-result [data-copy="#magic-url"]`), waitCopied(link))

	// A login email to three contacts picked one search after another.
	do(t, ctx, chromedp.Click("#pick-"+seeded[1].ID))
	for _, c := range seeded[1:] {
		do(t, ctx, pick(c)...)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll('#quick-pick input[name="contact_id"]:checked').length`); n != 3 {
		t.Fatalf("%d contacts ticked, want 3", n)
	}
	do(t, ctx,
		chromedp.Click("#quick-login"),
		waitText("#quick-result #bulk-total", "3"),
		waitText("#quick-result", "Done."),
	)
	if n := eval[int](t, ctx, `document.querySelectorAll('#quick-pick input[name="contact_id"]:checked').length`); n != 0 {
		t.Fatalf("after the send %d contacts are still ticked", n)
	}
	addrs := []string{seeded[1].Email, seeded[2].Email, seeded[3].Email}
	for addr, n := range portal.WaitMails(t, addrs) {
		if n != 1 {
			t.Errorf("%s got %d login emails, want exactly 1", addr, n)
		}
	}

	// Everyone not joined yet: asked first, with the count.
	do(t, ctx,
		chromedp.Click("#quick-login-unjoined"),
		waitText("#quick-result", "all 5 contacts who have not joined yet"),
		chromedp.Click("#bulk-confirm"),
		waitText("#quick-result #bulk-total", "5"),
		waitText("#quick-result", "Done."),
	)
}

// clearField empties a text box, as select-all and delete would.
func clearField(sel string) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := chromedp.Evaluate[bool](fmt.Sprintf(`(function(){document.querySelector(%q).value="";return true})()`, sel))(ctx, tg)
		return err
	})
}
