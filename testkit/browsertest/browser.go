package browsertest

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// Browser is one isolated browser context (its own cookies and storage) in
// a Chromium process that lives as long as the test.
type Browser struct {
	t       testing.TB
	ctx     context.Context // chromedp context of this browser context's tab
	cfg     config
	out     *outputTail
	console *consoleLog
}

// New starts a headless Chromium for the test t and opens one tab. The browser
// stops when the test ends. It fails the test if Chromium is missing or does
// not start in time.
func New(t testing.TB, opts ...Option) *Browser {
	t.Helper()
	cfg := newConfig(opts)
	path, err := chromiumPath()
	if err != nil {
		t.Fatalf("browsertest: %v", err)
	}
	out := &outputTail{}
	userDataDir := t.TempDir() // removed after the browser stops (cleanups run last-in first-out)
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(),
		allocatorOptions(path, userDataDir, cfg, out)...)
	ctx, cancelCtx := chromedp.NewContext(allocCtx)
	t.Cleanup(func() { stop(t, cancelCtx, cancelAlloc) })

	b := &Browser{t: t, ctx: ctx, cfg: cfg, out: out, console: &consoleLog{}}
	b.open(startTimeout, cancelAlloc)
	return b
}

// NewContext opens a tab in a new browser context of the same Chromium: it
// shares no cookies, storage or cache with b, like a second person on another
// computer. It closes when the test ends.
func (b *Browser) NewContext() *Browser {
	b.t.Helper()
	ctx, cancel := chromedp.NewContext(b.ctx, chromedp.WithNewBrowserContext())
	b.t.Cleanup(cancel)
	nb := &Browser{t: b.t, ctx: ctx, cfg: b.cfg, out: b.out, console: &consoleLog{}}
	nb.open(b.cfg.timeout, cancel)
	return nb
}

// open makes the tab exist (starting the browser on first use) and sets the
// viewport. The first run of a chromedp context must not carry a timeout, as
// the browser would die with it, so a timer cancels it instead.
func (b *Browser) open(limit time.Duration, abort context.CancelFunc) {
	b.t.Helper()
	done := make(chan error, 1)
	go func() { done <- chromedp.Do(b.ctx) }()
	select {
	case err := <-done:
		if err != nil {
			b.t.Fatalf("browsertest: start chromium: %v\nbrowser output:\n%s", err, b.out)
		}
	case <-time.After(limit):
		abort()
		<-done
		b.t.Fatalf("browsertest: chromium did not open a tab within %s\nbrowser output:\n%s", limit, b.out)
	}
	if err := b.console.listen(b.ctx); err != nil {
		b.t.Fatalf("browsertest: %v", err)
	}
	if err := b.recordStreams(); err != nil {
		b.t.Fatalf("browsertest: %v", err)
	}
	b.Run(chromedp.EmulateViewport(int64(b.cfg.width), int64(b.cfg.height)))
}

// stop closes the browser, and gives up waiting after stopTimeout.
func stop(t testing.TB, cancels ...context.CancelFunc) {
	done := make(chan struct{})
	go func() {
		for _, cancel := range cancels {
			cancel()
		}
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(stopTimeout):
		t.Logf("browsertest: chromium did not stop within %s", stopTimeout)
	}
}

// Context returns the chromedp context of this tab, for chromedp calls that
// Run and Value do not cover. Derive a timeout from it for each call.
func (b *Browser) Context() context.Context { return b.ctx }

// Run runs the actions in order in this tab, and fails the test with the
// failing step's error if one fails or the timeout passes.
func (b *Browser) Run(actions ...chromedp.Action[chromedp.Void]) {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, b.cfg.timeout)
	defer cancel()
	if err := chromedp.Do(ctx, actions...); err != nil {
		b.t.Fatalf("browsertest: run: %v%s", err, b.timeoutHint(err))
	}
}

// Value runs one action in the tab of b and returns its value, failing the
// test on error, for example Value(b, chromedp.Title()).
func Value[T any](b *Browser, action chromedp.Action[T]) T {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, b.cfg.timeout)
	defer cancel()
	v, err := chromedp.Run(ctx, action)
	if err != nil {
		b.t.Fatalf("browsertest: %v%s", err, b.timeoutHint(err))
	}
	return v
}

// Text returns the text a person sees in the first element matching the CSS
// selector, waiting for it to be visible.
func (b *Browser) Text(selector string) string {
	b.t.Helper()
	return Value(b, chromedp.Text(chromedp.CSS(selector), chromedp.NodeVisible))
}

func (b *Browser) timeoutHint(err error) string {
	if errors.Is(err, context.DeadlineExceeded) {
		return fmt.Sprintf(" (timeout %s; a selector that never matches waits until then)", b.cfg.timeout)
	}
	return ""
}
