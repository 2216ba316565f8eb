package ui

import (
	"strings"
	"testing"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"

	"clientportal/app/internal/testenv"
)

func TestBrowserAFailedConnectKeepsThePastedTokenForTheNextTry(t *testing.T) {
	t.Parallel()
	portal := testenv.StartPortal(t)
	h := newHarness(t)
	ctx := testenv.Browser(t)
	do(t, ctx,
		chromedp.Navigate(h.UI.URL+"/"),
		chromedp.WaitVisible("#connect-form"),
		chromedp.SetValue("#server", "http://127.0.0.1:1"), // a wrong address: nothing listens there
		chromedp.SendKeys("#token", portal.Token),
		chromedp.Click(`#connect-form button[type="submit"]`),
		waitText("#connect-form", "Could not reach the server"),
	)
	if got := eval[string](t, ctx, `document.getElementById("token").value`); got != portal.Token {
		t.Fatalf("after a failed connect the token box holds %q, want the pasted token", got)
	}
	// Only the address needs fixing.
	do(t, ctx,
		chromedp.SetValue("#server", portal.URL),
		chromedp.Click(`#connect-form button[type="submit"]`),
		waitText("#main", "Invited users"),
	)
}

func TestBrowserConnectWithoutHtmxPostsAndKeepsTheTokenOutOfTheURL(t *testing.T) {
	t.Parallel()
	portal := testenv.StartPortal(t)
	h := newHarness(t)
	ctx := testenv.Browser(t)
	if _, err := chromedp.Call(ctx, network.Enable, network.EnableParams{}); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, network.SetBlockedURLs, network.SetBlockedURLsParams{
		URLPatterns: []*network.BlockPattern{{URLPattern: h.UI.URL + "/static/vendor/htmx.min.js", Block: true}},
	}); err != nil {
		t.Fatal(err)
	}
	do(t, ctx,
		chromedp.Navigate(h.UI.URL+"/"),
		chromedp.WaitVisible("#connect-form"),
	)
	if eval[bool](t, ctx, `typeof window.htmx !== "undefined"`) {
		t.Fatal("htmx loaded although it was blocked")
	}
	do(t, ctx,
		chromedp.SetValue("#server", portal.URL),
		chromedp.SendKeys("#token", portal.Token),
		chromedp.Click(`#connect-form button[type="submit"]`),
		waitText("#main", "Invited users"),
	)
	if u := eval[string](t, ctx, `location.href`); strings.Contains(u, portal.Token) || strings.Contains(u, "token=") {
		t.Fatalf("the token ended up in the address %s", u)
	}
}
