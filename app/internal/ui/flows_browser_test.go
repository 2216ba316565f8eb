package ui

import (
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"clientportal/app/internal/testenv"
	"clientportal/shared/api"
)

func TestBrowserConnectCopyPortalURLInviteByEmailAndCopyMagicLink(t *testing.T) {
	t.Parallel()
	portal := testenv.StartPortal(t)
	h := newHarness(t)
	ctx := testenv.Browser(t)
	allowClipboard(t, ctx)
	connectInBrowser(t, ctx, h, portal)

	assertAccessible(t, ctx, "dashboard")
	p, err := ownerClient(portal).Portal(testenv.Context(t))
	if err != nil {
		t.Fatal(err)
	}
	do(t, ctx, chromedp.Click(`[data-copy="#portal-url"]`), waitCopied(p.URL))
	if got := eval[string](t, ctx, "navigator.clipboard.readText()"); got != p.URL {
		t.Fatalf("clipboard after Copy = %q, want the portal URL %q", got, p.URL)
	}

	do(t, ctx,
		chromedp.Navigate(h.UI.URL+"/contacts/"),
		chromedp.WaitVisible("#invite-email"),
		chromedp.SendKeys("#invite-email", "typed@example.test"),
		chromedp.SendKeys("#invite-name", "Typed Person"),
		chromedp.Click(`#invite-form button[type="submit"]`),
		waitText("#invite-result", "Invitation sent to typed@example.test."),
		waitText("#contacts-table", "typed@example.test"),
	)
	assertAccessible(t, ctx, "contacts")
	l, err := ownerClient(portal).Contacts(testenv.Context(t), api.ContactQuery{Q: "typed@example.test"})
	if err != nil || len(l.Contacts) != 1 || l.Contacts[0].Status != api.StatusInvited {
		t.Fatalf("server contacts after invite: %+v, %v", l.Contacts, err)
	}

	row := "#contact-" + l.Contacts[0].ID
	do(t, ctx,
		chromedp.Click(row+` button[hx-post$="/magic-link"]`),
		chromedp.WaitVisible("#magic-url"),
		waitText("#action-panel", "Expires"),
		chromedp.Click(`[data-copy="#magic-url"]`),
		waitText("#action-panel .copied", "Copied"),
		waitJS(`document.body.dataset.lastCopied === document.querySelector("#magic-url").value`, "the magic link copied"),
	)
	link := eval[string](t, ctx, "navigator.clipboard.readText()")
	if !strings.HasPrefix(link, p.URL) || len(link) < len(p.URL)+20 {
		t.Fatalf("copied magic link %q does not start with the portal URL %q", link, p.URL)
	}
	expiry := eval[string](t, ctx, `document.querySelector("#magic-expiry").getAttribute("datetime")`)
	at, err := time.Parse(time.RFC3339, expiry)
	if err != nil || !at.After(time.Now()) {
		t.Fatalf("magic link expiry %q is not in the future: %v", expiry, err)
	}
}
