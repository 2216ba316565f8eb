package documents_test

import (
	"context"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	cdpbrowser "github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/input"
	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"clientportal/server/internal/systemtest"
	"clientportal/shared/api"
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

func TestClientSignsOnAPhoneFromTheEmailAndDownloadsAValidFinalCopy(t *testing.T) {
	p, port := livePortal(t)
	owner := api.NewClient("http://127.0.0.1:"+port, p.acme.Token, &http.Client{Timeout: 30 * time.Second})
	ctx := context.Background()
	jane, err := owner.CreateContact(ctx, api.NewContact{Email: "jane@example.com", Name: "Jane Doe"}, "")
	if err != nil {
		t.Fatal(err)
	}
	orig := contractPDF()
	d, err := owner.UploadDocument(ctx, api.NewDocument{Title: "Service agreement", SignerContactID: jane.ID, PDF: orig}, "")
	if err != nil {
		t.Fatalf("upload: %v", err)
	}
	if _, err := owner.SendDocument(ctx, d.ID, ""); err != nil {
		t.Fatalf("send: %v", err)
	}
	link := p.signLink("jane@example.com")
	if !strings.HasPrefix(link, "http://acme.localhost:"+port+"/documents/"+d.ID+"/open/") {
		t.Fatalf("the email's link %q does not open the document on Acme's portal", link)
	}

	b := browsertest.New(t, browsertest.Viewport(360, 740), browsertest.Timeout(30*time.Second))
	downloads := t.TempDir()
	b.Run(allowDownloads(downloads), chromedp.Navigate(link))
	if got := b.Text("main h1"); got != "Service agreement" {
		t.Fatalf("one-click page heading %q", got)
	}
	click(b, "#open-document")
	b.Run(chromedp.WaitVisible(chromedp.CSS(`#pdf-pages[data-ready="true"] canvas`)))
	if n := browsertest.Value(b, chromedp.Evaluate[int](`document.querySelectorAll(".doc-field").length`)); n != 3 {
		t.Fatalf("%d highlighted fields on the pages, want the 3 of the signature block", n)
	}
	if w := browsertest.Value(b, chromedp.Evaluate[int](`document.documentElement.scrollWidth`)); w > 360 {
		t.Errorf("the page is %d px wide on a 360 px phone: it scrolls sideways", w)
	}
	b.Run(chromedp.Click(chromedp.CSS("#next-field"), chromedp.NodeVisible))
	if got := b.Text(".doc-field.active"); got != "Sign here" {
		t.Errorf("the guide's first field reads %q, want Sign here", got)
	}
	settle(t, b) // the guide scrolls smoothly: click once the page stands still
	b.Run(chromedp.Click(chromedp.CSS("#zoom-in"), chromedp.NodeVisible))
	waitFor(t, "the zoom level to read 125% after +", 5*time.Second, func() bool {
		return b.Text("#zoom-level") == "125%"
	})
	settle(t, b)
	drawSignature(t, b)
	b.Run(chromedp.Click(chromedp.CSS("#sign-consent"), chromedp.NodeVisible))
	if hidden := browsertest.Value(b, chromedp.Evaluate[bool](`document.getElementById("sign-pad-error").hidden`)); !hidden {
		t.Fatal("the signature pad says it is empty after drawing")
	}
	b.Screenshot("ready to sign")
	click(b, "#sign-submit")

	b.Run(chromedp.WaitVisible(chromedp.CSS("#download-final")))
	if got := b.Text("#doc-status h2"); got != "Signed and complete" {
		t.Errorf("status after sealing reads %q", got)
	}
	b.Screenshot("complete")
	b.Run(chromedp.Click(chromedp.CSS("#download-final"), chromedp.NodeVisible))
	final := waitDownload(t, downloads)
	checkFinalCopy(t, final, orig, "Jane Doe")
	for _, e := range b.ConsoleErrors() {
		if !strings.Contains(e, "favicon.ico") {
			t.Errorf("the page reported an error: %s", e)
		}
	}
	got, err := owner.Document(ctx, d.ID)
	if err != nil || got.Status != api.DocumentCompleted || countActions(got, "downloaded") != 1 {
		t.Fatalf("owner sees %q with audit %+v (%v)", got.Status, got.Audit, err)
	}
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
