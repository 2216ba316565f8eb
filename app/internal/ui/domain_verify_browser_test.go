package ui

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"clientportal/app/internal/testenv"
)

func TestBrowserADomainShowsItsTXTRecordToCopyAndVerifyShowsWhatTheResolverSawThenVerified(t *testing.T) {
	t.Parallel()
	portal := testenv.StartPortal(t)
	h := newHarness(t)
	ctx := testenv.Browser(t)
	allowClipboard(t, ctx)
	connectInBrowser(t, ctx, h, portal)
	do(t, ctx,
		chromedp.SendKeys("#new-host", "clients.acme.test"),
		chromedp.Click(`form[hx-post="/domains"] button[type="submit"]`),
		waitText("#portal-card", "Added clients.acme.test."),
		waitText(".domain", "Not verified"),
	)
	p, err := ownerClient(portal).Portal(testenv.Context(t))
	if err != nil || len(p.Domains) != 1 {
		t.Fatalf("server portal %+v (%v)", p, err)
	}
	record := p.Domains[0].Verification
	if got := eval[string](t, ctx, `document.querySelector("#txt-name-0").value`); got != "_clientportal-challenge.clients.acme.test" {
		t.Fatalf("the record name shown is %q", got)
	}
	do(t, ctx, chromedp.Click(`[data-copy="#txt-value-0"]`), waitCopied(record.Value))
	if got := eval[string](t, ctx, "navigator.clipboard.readText()"); got != record.Value {
		t.Fatalf("clipboard after Copy = %q, want the record value %q", got, record.Value)
	}
	assertAccessible(t, ctx, "dashboard with an unverified domain")

	portal.DNS.SetTXT(record.Name, "a-value-left-from-before")
	do(t, ctx,
		chromedp.Click(`button[aria-label="Verify clients.acme.test"]`),
		waitText("#portal-card .message.error", `The resolver saw: `),
		waitText("#portal-card .message.error", `"a-value-left-from-before"`),
		waitText(".domain", "Not verified"),
	)

	portal.DNS.SetTXT(record.Name, record.Value)
	do(t, ctx,
		chromedp.Click(`button[aria-label="Verify clients.acme.test"]`),
		waitText(".domain .badge.verified", "Verified"),
		waitText("body", "clients.acme.test is verified"), // the card's message, or the notice the event brings
	)
	if n := eval[int](t, ctx, `document.querySelectorAll("#txt-name-0").length`); n != 0 {
		t.Error("a verified domain still asks for its TXT record")
	}
	p, err = ownerClient(portal).Portal(testenv.Context(t))
	if err != nil || p.Domains[0].VerifiedAt == nil || !strings.Contains(p.Domains[0].Host, "clients.acme.test") {
		t.Fatalf("the server does not hold the domain verified: %+v (%v)", p.Domains, err)
	}
}
