package web_test

import (
	"testing"

	"github.com/chromedp/chromedp"

	"clientportal/testkit/browsertest"
)

func TestAUsedLinkSaysItWasAlreadyUsedOrHasExpired(t *testing.T) {
	lp := newLivePortal(t, "sqlite")
	ada := lp.newContact("Ada Lovelace", "ada@example.test")
	link := lp.magicLink(ada)
	b := browsertest.New(t, phone)
	b.Run(chromedp.Navigate(link))
	b.Run(chromedp.Click(chromedp.CSS(`main form button[type=submit]`), chromedp.NodeVisible))
	b.Run(chromedp.WaitVisible(chromedp.CSS(`#greeting`)))
	other := b.NewContext()
	other.Run(chromedp.Navigate(link))
	if got := other.Text("main h1"); got != "This link was already used or has expired" {
		t.Errorf("a link used a minute ago says %q", got)
	}
}
