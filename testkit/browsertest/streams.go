package browsertest

import (
	"fmt"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// streamRecorder counts, on every page the tab opens, the event streams
// htmx has connected (htmx:sseOpen) and the page's ready state, so a test
// waits for a live page instead of sleeping.
const streamRecorder = `window.__streamsOpen = 0;
document.addEventListener("htmx:sseOpen", function () { window.__streamsOpen++; });`

// recordStreams installs the recorder for every document of the tab.
func (b *Browser) recordStreams() error {
	_, err := chromedp.Call(b.ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: streamRecorder})
	if err != nil {
		return fmt.Errorf("record event streams: %w", err)
	}
	return nil
}

// WaitStreamsOpen waits until the page in the tab has connected n event
// streams (htmx's htmx:sseOpen), as a person's open tab is before an event.
func (b *Browser) WaitStreamsOpen(n int) {
	b.t.Helper()
	b.Run(chromedp.Poll[chromedp.Void](fmt.Sprintf(`window.__streamsOpen >= %d`, n),
		chromedp.WithPollingInterval(20*time.Millisecond)))
}
