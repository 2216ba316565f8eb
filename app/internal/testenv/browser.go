package testenv

import (
	"context"
	"fmt"
	"io"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"

	"clientportal/testkit/browsertest"
)

// Sizes and limits of the test browser.
const (
	browserWidth  = 1280
	browserHeight = 900
	browserStart  = 45 * time.Second
	browserStep   = 3 * time.Minute
)

// chromium is the one headless Chromium a test process shares: each test
// gets its own browser context in it, so starting a browser per test is not
// paid again and again.
var chromium struct {
	once   sync.Once
	ctx    context.Context // the browser's first tab, which owns the process
	err    error
	cancel func()
}

// Browser opens a tab for the test in a browser context of its own (cookies,
// storage, cache and permissions shared with no other test) in the shared
// headless Chromium (Debian's, or PORTAL_CHROMIUM), at a desktop window's
// size, and returns its context, which closes with the test; each step run
// in it may take three minutes. The tab behaves as the focused window, as the
// desktop app's window is when a person uses it, even while other tests' tabs
// run beside it.
func Browser(t testing.TB) context.Context {
	t.Helper()
	root, err := sharedChromium()
	if err != nil {
		t.Fatal(err)
	}
	tab, closeTab := chromedp.NewContext(root, chromedp.WithNewBrowserContext())
	t.Cleanup(closeTab) // closes the tab and drops its browser context
	if err := chromedp.Do(tab, chromedp.EmulateViewport(browserWidth, browserHeight)); err != nil {
		t.Fatalf("open a browser tab: %v", err)
	}
	if _, err := chromedp.Call(tab, emulation.SetFocusEmulationEnabled, emulation.SetFocusEmulationEnabledParams{Enabled: true}); err != nil {
		t.Fatalf("focus the browser tab: %v", err)
	}
	ctx, cancel := context.WithTimeout(tab, browserStep)
	t.Cleanup(cancel)
	return ctx
}

// sharedChromium starts the process's Chromium on first use.
func sharedChromium() (context.Context, error) {
	chromium.once.Do(func() {
		path := os.Getenv("PORTAL_CHROMIUM")
		if path == "" {
			path = browsertest.DefaultChromium
		}
		opts := append(browsertest.Flags(),
			chromedp.ExecPath(path),
			chromedp.WindowSize(browserWidth, browserHeight),
			// Tabs of tests that run side by side run at full speed.
			chromedp.Flag("disable-background-timer-throttling", true),
			chromedp.Flag("disable-backgrounding-occluded-windows", true),
			chromedp.Flag("disable-renderer-backgrounding", true),
			chromedp.CombinedOutput(io.Discard),
		)
		alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
		ctx, cancelCtx := chromedp.NewContext(alloc)
		chromium.ctx = ctx
		chromium.cancel = func() { cancelCtx(); cancelAlloc() }
		// The first run starts the process and must carry no timeout (the
		// browser would die with it), so a timer gives up instead.
		started := make(chan error, 1)
		go func() { started <- chromedp.Do(ctx) }()
		select {
		case err := <-started:
			if err != nil {
				chromium.err = fmt.Errorf("start chromium %s (set PORTAL_CHROMIUM, or run `make deps`): %w", path, err)
			}
		case <-time.After(browserStart):
			chromium.cancel()
			chromium.err = fmt.Errorf("chromium %s did not start within %s", path, browserStart)
		}
	})
	return chromium.ctx, chromium.err
}

// stopChromium ends the shared Chromium, if a test started it.
func stopChromium() {
	if chromium.cancel != nil {
		chromium.cancel()
	}
}
