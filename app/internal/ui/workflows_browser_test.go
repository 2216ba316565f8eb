package ui

import (
	"testing"

	"github.com/chromedp/chromedp"

	"clientportal/app/internal/testenv"
)

func TestBrowserTheOwnerAddsARecipeFromTheAutomationsScreenAndPausesIt(t *testing.T) {
	t.Parallel()
	portal := testenv.StartPortal(t)
	h := newHarness(t)
	ctx := testenv.Browser(t)
	connectInBrowser(t, ctx, h, portal)
	do(t, ctx,
		chromedp.Click(`nav a[href="/automations/"]`),
		waitText("#workflow-list", "No workflows yet"),
		chromedp.Click(`button[hx-post="/automations/recipes/nudge"]`),
		waitText("#workflow-list", "Added: Nudge invited clients"),
		waitText("#workflow-list", "When contact.invited"),
		chromedp.Click(`#workflow-list button[aria-label="Pause Nudge invited clients"]`),
		waitText("#workflow-list", "paused"),
		chromedp.Click(`#workflow-list button[aria-label="Runs of Nudge invited clients"]`),
		waitText("#workflow-runs", "No runs yet"),
	)
}
