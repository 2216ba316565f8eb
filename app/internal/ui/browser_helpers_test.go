package ui

import (
	"context"
	"encoding/json"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"

	"clientportal/app/internal/testenv"
	"clientportal/shared/api"
)

// do runs browser steps and fails the test with what the page showed.
func do(t *testing.T, ctx context.Context, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(ctx, steps...); err != nil {
		body, _ := chromedp.Run(ctx, chromedp.Evaluate[string]("document.body ? document.body.innerHTML : ''"))
		t.Fatalf("browser: %v\npage text:\n%s", err, body)
	}
}

// waitText waits until the element matching sel contains text on a page
// that has finished loading (its deferred scripts, htmx among them, have
// run), so a click that follows reaches a wired button.
func waitText(sel, text string) chromedp.Action[chromedp.Void] {
	js := fmt.Sprintf(`(function(){var e=document.querySelector(%q);return document.readyState === "complete" && !!e && e.textContent.includes(%q);})()`, sel, text)
	return waitJS(js, fmt.Sprintf("%q in %s", text, sel))
}

// waitPage waits until the tab shows the page at path, loaded with its
// scripts run, after a click on a link: a click on one of its buttons before
// htmx has wired it would do nothing.
func waitPage(path string) chromedp.Action[chromedp.Void] {
	return waitJS(fmt.Sprintf(`location.pathname === %q && document.readyState === "complete"`, path), "the page "+path)
}

// waitJS evaluates js every 20 ms until it is true, riding out page loads.
func waitJS(js, what string) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		deadline := time.Now().Add(30 * time.Second)
		for {
			ok, err := chromedp.Evaluate[bool](js)(ctx, tg)
			if err == nil && ok {
				return nil
			}
			if time.Now().After(deadline) {
				return fmt.Errorf("waited 30 s for %s (last error: %v)", what, err)
			}
			time.Sleep(20 * time.Millisecond)
		}
	})
}

// eval returns the value of a JavaScript expression (promises awaited).
func eval[T any](t *testing.T, ctx context.Context, js string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](js, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("evaluate %s: %v", js, err)
	}
	return v
}

// clipboard is held by the test that uses the browser's clipboard: the tabs
// of parallel tests share one Chromium and so one clipboard.
var clipboard sync.Mutex

// allowClipboard lets the page read and write the clipboard without a
// prompt, and keeps the clipboard the test's alone until it ends.
func allowClipboard(t *testing.T, ctx context.Context) {
	t.Helper()
	clipboard.Lock()
	t.Cleanup(clipboard.Unlock)
	for _, name := range []string{"clipboard-read", "clipboard-write"} {
		_, err := chromedp.CallBrowser(ctx, browser.SetPermission, browser.SetPermissionParams{
			Permission:       &browser.PermissionDescriptor{Name: name, AllowWithoutSanitization: true},
			Setting:          browser.PermissionSettingGranted,
			BrowserContextID: chromedp.FromContext(ctx).BrowserContextID, // the test's own
		})
		if err != nil {
			t.Fatalf("grant %s: %v", name, err)
		}
	}
}

// connectInBrowser opens the UI and connects it to the portal through the form.
func connectInBrowser(t *testing.T, ctx context.Context, h *harness, p *testenv.Portal) {
	t.Helper()
	do(t, ctx,
		chromedp.Navigate(h.UI.URL+"/"),
		chromedp.WaitVisible("#connect-form"),
		chromedp.SetValue("#server", p.URL),
		chromedp.SendKeys("#token", p.Token),
		chromedp.Click(`#connect-form button[type="submit"]`),
		waitText("#main", "Invited users"),
	)
}

// ownerClient is a typed API client for the portal's workspace.
func ownerClient(p *testenv.Portal) *api.Client {
	return api.NewClient(p.URL, p.Token, nil)
}

// seedContacts creates n contacts named seed-N@example.test.
func seedContacts(t *testing.T, c *api.Client, prefix string, n int) []api.Contact {
	t.Helper()
	out := make([]api.Contact, n)
	for i := range n {
		ct, err := c.CreateContact(testenv.Context(t), api.NewContact{Email: fmt.Sprintf("%s-%03d@example.test", prefix, i), Name: fmt.Sprintf("%s %03d", prefix, i)}, "")
		if err != nil {
			t.Fatalf("create contact %d: %v", i, err)
		}
		out[i] = ct
	}
	return out
}

func mustJSONString(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

// waitCopied waits until the page reports text copied to the clipboard.
func waitCopied(text string) chromedp.Action[chromedp.Void] {
	return waitJS(fmt.Sprintf("document.body.dataset.lastCopied === %q", text), "copy of "+text)
}

// markPage flags the document in the tab, so a later check can tell that
// the page was changed in place and not reloaded.
func markPage(t *testing.T, ctx context.Context) {
	t.Helper()
	eval[bool](t, ctx, `window.sameDocument = true`)
}

// assertNotReloaded fails the test when the document flagged by markPage
// was replaced by a reload or a navigation.
func assertNotReloaded(t *testing.T, ctx context.Context, what string) {
	t.Helper()
	if !eval[bool](t, ctx, `window.sameDocument === true`) {
		t.Errorf("%s reloaded the page", what)
	}
}
