package ui

import (
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"clientportal/app/internal/testenv"
	"clientportal/shared/api"
)

func TestBrowserOfflineADraftAndACtrlEnterReplySayQueuedAndReachTheServerOnceWhenItIsBack(t *testing.T) {
	// Not parallel: it stops its portal, and another test must not get the
	// stopped server's address meanwhile.
	portal := testenv.StartPortal(t)
	grace := newGrace(t, portal)
	client, base := clientSession(t, portal, grace.ID)
	clientWrites(t, client, base, "Is the contract ready?")
	h := newHarness(t)
	ctx := testenv.Browser(t)
	connectInBrowser(t, ctx, h, portal)
	do(t, ctx,
		chromedp.Navigate(h.UI.URL+"/inbox/"),
		chromedp.Click("#conversation-"+grace.ID+" button"),
		waitText("#thread-messages", "Is the contract ready?"),
		chromedp.Navigate(h.UI.URL+"/invoices/"),
		chromedp.WaitReady("#invoice-contact"),
	)
	portal.Stop()

	do(t, ctx,
		chromedp.SetValue("#invoice-contact", grace.ID),
		chromedp.SetValue("#invoice-due-date", day(testenv.Clock.Now().AddDate(0, 0, 21))),
		chromedp.SendKeys("#line-0-description", "Design work"),
		chromedp.SendKeys("#line-0-quantity", "2"),
		chromedp.SendKeys("#line-0-unit-price", "100.00"),
		chromedp.Click(`#invoice-form button[type="submit"]`),
		waitText("#invoice-form", "the draft for Grace Hopper is queued in the outbox"),
		chromedp.Navigate(h.UI.URL+"/inbox/"),
		chromedp.Click("#conversation-"+grace.ID+" button"),
		waitText("#thread-messages", "Offline: this conversation is from"),
		chromedp.SendKeys("#reply-body", "Yes, it is attached."),
		chromedp.KeyEvent(kb.Enter, chromedp.KeyModifiers(chromedp.ModifierCtrl)),
		// The conversation shows the reply as waiting, also once it is refreshed.
		waitText("#thread-messages .msg.waiting", "Yes, it is attached."),
		waitText("#thread-messages .msg.waiting", "waiting in the outbox"),
	)
	if body := eval[string](t, ctx, `document.getElementById("reply-body").value`); body != "" {
		t.Fatalf("after the queued reply the box still holds %q", body)
	}

	portal.Start()
	waitOutboxEmpty(t, h)
	do(t, ctx, waitJS(`!document.querySelector("#thread-messages .msg.waiting")`, "the sent reply no longer waiting"))
	owner := ownerClient(portal)
	if l, err := owner.Invoices(testenv.Context(t), api.InvoiceQuery{}); err != nil || len(l.Invoices) != 1 {
		t.Fatalf("server invoices after the replay: %+v (%v), want one draft", l.Invoices, err)
	}
	th, err := owner.Thread(testenv.Context(t), grace.ID)
	if err != nil || len(th.Messages) != 2 || th.Messages[1].Body != "Yes, it is attached." {
		t.Fatalf("server messages after the replay: %+v (%v), want the client's and the one reply", th.Messages, err)
	}
}
