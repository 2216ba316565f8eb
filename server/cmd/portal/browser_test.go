package main

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"clientportal/testkit/browsertest"
)

func TestAVisitorOfAWorkspaceHostSeesItsWelcomePageInChromium(t *testing.T) {
	s := startServe(t)
	setupOwner(t) // the workspace "Acme"
	b := browsertest.New(t)
	b.Run(chromedp.Navigate("http://acme.localhost:" + portOf(s.addr) + "/"))

	if got := b.Text("h1"); got != "Welcome to Acme" {
		t.Errorf("heading %q, want \"Welcome to Acme\"", got)
	}
	if got := b.Text(".brand-name"); got != "Acme" {
		t.Errorf("brand in the top bar %q, want Acme", got)
	}
	if got := b.Text("main .lead"); !strings.HasPrefix(got, "This is the client portal of Acme") {
		t.Errorf("welcome text %q", got)
	}
	if got := browsertest.Value(b, chromedp.Title()); got != "Welcome · Acme" {
		t.Errorf("tab title %q", got)
	}
	b.Screenshot("welcome")
	if errs := b.ConsoleErrors(); len(errs) > 0 {
		t.Errorf("the page reported errors (CSP violations, failed loads, exceptions):\n%s", strings.Join(errs, "\n"))
	}
}

func TestAVisitorOfAnUnknownHostSeesThatNoPortalIsThereInChromium(t *testing.T) {
	s := startServe(t)
	b := browsertest.New(t)
	b.Run(chromedp.Navigate("http://nobody.localhost:" + portOf(s.addr) + "/"))
	if got := b.Text("h1"); got != "No portal here" {
		t.Errorf("heading %q, want \"No portal here\"", got)
	}
	b.Screenshot("no-portal")
	if errs := b.ConsoleErrors(); len(errs) > 0 {
		// The 404 status itself is logged by the browser as a failed load.
		for _, e := range errs {
			if !strings.Contains(e, "404") {
				t.Errorf("the page reported an error: %s", e)
			}
		}
	}
}
