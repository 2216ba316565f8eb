package web_test

import (
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/fetch"
	"github.com/chromedp/chromedp"

	"clientportal/testkit/browsertest"
)

func TestPressingPayInChromiumTakesTheClientToStripeCheckout(t *testing.T) {
	stripeURL, _ := startStripe(t)
	lp := newPayPortal(t, "sqlite", stripeURL)
	ada := lp.newContact("Ada Lovelace", "ada@example.test")
	lp.connectStripe(lp.acme.Token, testKeys)
	inv := lp.issueInvoice(lp.draftInvoice(ada))
	b := browsertest.New(t, phone)
	lp.signInBrowser(b, ada)

	// Stripe's Checkout page is not on this machine: the browser's request
	// for it is answered here, which shows the browser followed the 303.
	reached := make(chan string, 4)
	paused := make(chan fetch.RequestID, 4)
	if err := chromedp.Listen(b.Context(), func(ev any) {
		if e, ok := ev.(*fetch.EventRequestPaused); ok {
			reached <- e.Request.URL
			paused <- e.RequestID
		}
	}); err != nil {
		t.Fatal(err)
	}
	go func() {
		for id := range paused {
			_, _ = chromedp.Call(b.Context(), fetch.FulfillRequest, fetch.FulfillRequestParams{RequestID: id, ResponseCode: 200,
				ResponseHeaders: []*fetch.HeaderEntry{{Name: "Content-Type", Value: "text/html"}},
				Body:            []byte(`<!doctype html><title>Checkout</title><h1 id="checkout">Stripe Checkout</h1>`)})
		}
	}()
	t.Cleanup(func() { close(paused) })
	if _, err := chromedp.Call(b.Context(), fetch.Enable, fetch.EnableParams{
		Patterns: []*fetch.RequestPattern{{URLPattern: "https://checkout.stripe.com/*"}}}); err != nil {
		t.Fatal(err)
	}

	b.Run(chromedp.Navigate(lp.origin() + "/invoices"))
	if got := b.Text("#invoices-due"); !strings.Contains(got, "Pay €791.96") {
		t.Fatalf("the Due group shows %q, with no Pay button", got)
	}
	if vs := b.Axe(); len(vs) > 0 {
		t.Errorf("accessibility problems on the invoice list with Pay buttons: %v", vs)
	}
	noHorizontalScroll(t, b, "the invoice list with Pay buttons on a phone")
	b.Run(chromedp.Navigate(lp.origin() + "/invoices/" + inv.ID))
	if vs := b.Axe(); len(vs) > 0 {
		t.Errorf("accessibility problems on the invoice with its Pay button: %v", vs)
	}
	noHorizontalScroll(t, b, "the invoice with its Pay button on a phone")
	b.Screenshot("invoice-pay-phone")
	b.Run(chromedp.Click(chromedp.CSS(`#pay-online`), chromedp.NodeVisible))
	b.Run(chromedp.WaitVisible(chromedp.CSS(`#checkout`)))
	select {
	case u := <-reached:
		if !strings.HasPrefix(u, "https://checkout.stripe.com/") {
			t.Errorf("the browser went to %q", u)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the browser never asked for Stripe Checkout")
	}
	if href := browsertest.Value(b, chromedp.Evaluate[string](`location.href`)); !strings.HasPrefix(href, "https://checkout.stripe.com/") {
		t.Errorf("after Pay the browser is on %q", href)
	}
	for _, e := range b.ConsoleErrors() {
		if strings.Contains(e, "Content Security Policy") {
			t.Errorf("the page's policy blocked something: %s", e)
		}
	}
}
