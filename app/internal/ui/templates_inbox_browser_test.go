package ui

import (
	"testing"

	"github.com/chromedp/chromedp"

	"clientportal/app/internal/testenv"
)

func TestBrowserThePreviewFollowsTheTypingAndExplainsAnUnknownField(t *testing.T) {
	t.Parallel()
	portal := testenv.StartPortal(t)
	newGrace(t, portal)
	h := newHarness(t)
	ctx := testenv.Browser(t)
	connectInBrowser(t, ctx, h, portal)
	do(t, ctx,
		chromedp.Navigate(h.UI.URL+"/email-templates/"),
		waitText("#preview-text", "Hi Grace"),
	)
	eval[bool](t, ctx, `(() => { document.querySelector("#tpl-body").value = ""; return true; })()`)
	do(t, ctx,
		chromedp.SendKeys("#tpl-body", "Good morning {{contact.first_name}}"),
		waitText("#preview-text", "Good morning Grace"),
		chromedp.SendKeys("#tpl-body", " {{contact.age}}"),
		waitText("#body-error", "Unknown custom value {{contact.age}}"),
	)
}

func TestBrowserAClientMessageShowsUpInTheInboxWithoutAReload(t *testing.T) {
	t.Parallel()
	portal := testenv.StartPortal(t)
	grace := newGrace(t, portal)
	client, base := clientSession(t, portal, grace.ID)
	h := newHarness(t)
	ctx := testenv.Browser(t)
	connectInBrowser(t, ctx, h, portal)
	waitOnline(t, h)
	do(t, ctx, chromedp.Navigate(h.UI.URL+"/inbox/"), waitText("#inbox-list", "No messages yet"))
	markPage(t, ctx)
	clientWrites(t, client, base, "Is the invoice ready?")
	do(t, ctx,
		waitText("#inbox-list", "Is the invoice ready?"),
		chromedp.Click("#conversation-"+grace.ID+" button"),
		waitText("#thread-messages", "Is the invoice ready?"),
		chromedp.SendKeys("#reply-body", "Yes, sent today."),
		chromedp.Click(`#reply-form button[type="submit"]`),
		waitText("#thread-messages", "Yes, sent today."),
	)
	assertNotReloaded(t, ctx, "a client's message and the owner's reply")
	if th, err := ownerClient(portal).Thread(testenv.Context(t), grace.ID); err != nil || len(th.Messages) != 2 {
		t.Fatalf("server thread %+v (%v)", th.Messages, err)
	}
}
