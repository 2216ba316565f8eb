package e2e

import (
	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"clientportal/testkit/browsertest"
)

// clickAndLoad clicks the element and waits until the page it leads to has
// loaded, so the next query runs on the new page.
func clickAndLoad(b *browsertest.Browser, css string) {
	browsertest.Value(b, chromedp.WaitEvent(cdppage.LoadEventFired, nil, chromedp.Click(chromedp.CSS(css), chromedp.NodeVisible)))
}
