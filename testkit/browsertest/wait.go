package browsertest

import (
	"context"
	"time"

	"github.com/chromedp/chromedp"
)

// WaitTrue waits until the JavaScript expression is true on the page in the
// tab, trying it again on whichever page the tab shows next when a
// navigation ends an evaluation (chromedp's Poll does not survive one). It
// fails the test when the timeout passes first, naming what it waited for.
func (b *Browser) WaitTrue(expression, what string) {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, b.cfg.timeout)
	defer cancel()
	for {
		ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool]("Boolean("+expression+")"))
		if err == nil && ok {
			return
		}
		select {
		case <-ctx.Done():
			b.t.Fatalf("browsertest: %s did not happen within %s (%s)", what, b.cfg.timeout, expression)
			return
		case <-time.After(20 * time.Millisecond):
		}
	}
}
