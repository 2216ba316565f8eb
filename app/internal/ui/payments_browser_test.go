package ui

import (
	"testing"

	"github.com/chromedp/chromedp"

	"clientportal/app/internal/testenv"
)

func TestBrowserConnectStripeOnThePaymentsPageShowsTestModeAndTheRecurringPageIsAccessible(t *testing.T) {
	t.Parallel()
	portal := testenv.StartPortal(t)
	h := newHarness(t)
	ctx := testenv.Browser(t)
	connectInBrowser(t, ctx, h, portal)
	do(t, ctx,
		chromedp.Click(`a[href="/payments/"]`),
		waitText("#payments", "Not connected"),
	)
	assertAccessible(t, ctx, "the payments page")
	do(t, ctx,
		chromedp.SendKeys("#stripe-secret", "sk_test_4eC39HqLyjWDarjtT1zdp7dc"),
		chromedp.SendKeys("#stripe-publishable", "pk_test_TYooMQauvdEDq54NiTphI7jx"),
		chromedp.SendKeys("#stripe-webhook", "whsec_8aYbq2QnXwz1cVt5LmPe3RsK"),
		chromedp.Click(`#payments form button[type="submit"]`),
		waitText("#payments", "Connected in test mode"),
		waitText("#stripe-test-mode", "Test mode"),
	)
	assertAccessible(t, ctx, "the payments page, connected")
	do(t, ctx,
		chromedp.Click(`a[href="/recurring/"]`),
		waitText("#recurring-list", "Nothing scheduled yet"),
	)
	assertAccessible(t, ctx, "the recurring invoices page")
}
