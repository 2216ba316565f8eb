package documents_test

import (
	"context"
	"net"
	"os"
	"path/filepath"
	"testing"
	"time"

	cdpbrowser "github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/input"
	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"clientportal/server/internal/systemtest"
	"clientportal/testkit/browsertest"
)

// livePortal runs the whole server on a loopback port with its job workers,
// email kept in the development mailbox.
func livePortal(t *testing.T) (*portal, string) {
	t.Helper()
	ln := systemtest.Listen(t)
	_, port, _ := net.SplitHostPort(ln.Addr().String())
	sys := systemtest.Open(t, "sqlite", map[string]string{"PORTAL_ADDR": ln.Addr().String(), "PORTAL_BASE_URL": "http://localhost:" + port})
	sys.Start(context.Background())
	systemtest.Serve(t, sys, ln)
	p := &portal{t: t, sys: sys}
	p.acme = p.setup("Acme")
	return p, port
}

// click clicks an element and waits for the page it loads.
func click(b *browsertest.Browser, css string) {
	browsertest.Value(b, chromedp.WaitEvent(cdppage.LoadEventFired, nil, chromedp.Click(chromedp.CSS(css), chromedp.NodeVisible)))
}

// drawSignature draws a zigzag on the signature pad with real mouse
// events, which the browser turns into pointer events.
func drawSignature(t *testing.T, b *browsertest.Browser) {
	b.Run(chromedp.ScrollIntoView(chromedp.CSS("#sign-pad")))
	settle(t, b)
	r := browsertest.Value(b, chromedp.Evaluate[[]float64](`(() => { const r = document.getElementById("sign-pad").getBoundingClientRect(); return [r.left, r.top, r.width, r.height]; })()`))
	x0, y0, w, h := r[0], r[1], r[2], r[3]
	steps := []chromedp.Action[chromedp.Void]{chromedp.MouseEvent(input.DispatchMouseEventTypeMousePressed, x0+w*0.1, y0+h*0.5, chromedp.ButtonLeft)}
	for i := 1; i <= 24; i++ {
		x := x0 + w*(0.1+0.8*float64(i)/24)
		y := y0 + h*(0.3+0.4*float64(i%2))
		steps = append(steps, chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, x, y, chromedp.ButtonLeft))
	}
	steps = append(steps, chromedp.MouseEvent(input.DispatchMouseEventTypeMouseReleased, x0+w*0.9, y0+h*0.5, chromedp.ButtonLeft))
	b.Run(steps...)
}

// settle waits until smooth scrolling has stopped, so coordinates hold.
func settle(t *testing.T, b *browsertest.Browser) {
	t.Helper()
	pos := `window.scrollY + "," + document.getElementById("pdf-pages").scrollTop`
	last := ""
	waitFor(t, "scrolling to stop", 5*time.Second, func() bool {
		now := browsertest.Value(b, chromedp.Evaluate[string](pos))
		same := now == last
		last = now
		return same
	})
}

// allowDownloads saves the tab's downloads into dir.
func allowDownloads(dir string) chromedp.Action[chromedp.Void] {
	return func(ctx context.Context, t *chromedp.Target) (chromedp.Void, error) {
		_, err := cdp.Call(ctx, t, cdpbrowser.SetDownloadBehavior, cdpbrowser.SetDownloadBehaviorParams{Behavior: cdpbrowser.SetDownloadBehaviorBehaviorAllow, DownloadPath: dir})
		return chromedp.Void{}, err
	}
}

// waitDownload waits for the one PDF saved into dir and returns it.
func waitDownload(t *testing.T, dir string) []byte {
	t.Helper()
	var data []byte
	waitFor(t, "the final copy to download", 20*time.Second, func() bool {
		files, _ := filepath.Glob(filepath.Join(dir, "*.pdf"))
		if len(files) != 1 {
			return false
		}
		data, _ = os.ReadFile(files[0])
		return filepath.Base(files[0]) == "Service agreement (signed).pdf" && len(data) > 0
	})
	return data
}
