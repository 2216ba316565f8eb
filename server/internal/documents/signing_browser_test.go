package documents_test

import (
	"bytes"
	"context"
	"math"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/input"
	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"clientportal/shared/api"
	"clientportal/testkit/browsertest"
)

// signingSetup uploads the contract for Jane with the default signature
// block (signature, name, date) and sends it; it returns the email's link.
func signingSetup(t *testing.T) (*portal, *api.Client, api.Document, []byte, string) {
	t.Helper()
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
	return p, owner, d, orig, p.signLink("jane@example.com")
}

func TestOnAPhoneEveryFieldIsATapTargetTheSheetFillsTheScreenAndFinishSigns(t *testing.T) {
	p, owner, d, orig, link := signingSetup(t)
	b := browsertest.New(t, browsertest.Viewport(360, 740), browsertest.Timeout(30*time.Second))
	b.Run(chromedp.EmulateViewport(360, 740, chromedp.EmulateTouch, chromedp.EmulatePortrait))
	downloads := t.TempDir()
	b.Run(allowDownloads(downloads), chromedp.Navigate(link))
	tapAndLoad(b, "#open-document")
	b.Run(chromedp.WaitVisible(chromedp.CSS(`#pdf-pages[data-ready="true"] canvas`)))

	fields := browsertest.Value(b, chromedp.Evaluate[[]fieldBox](fieldBoxesJS))
	if len(fields) != 3 {
		t.Fatalf("%d fields to fill on the page, want the signature, name and date of the signature block", len(fields))
	}
	today := p.sys.Clock.Now().UTC().Format("2006-01-02")
	for i, want := range []string{"Sign here", "Jane Doe", today} {
		f := fields[i]
		if f.Tag != "BUTTON" || f.W < 44 || f.H < 44 {
			t.Errorf("field %d is a %s of %.0f×%.0f px, want a button of at least 44×44", i+1, f.Tag, f.W, f.H)
		}
		if f.Text != want || f.FontPx < 12 {
			t.Errorf("field %d reads %q at %.0f px, want %q at 12 px or more", i+1, f.Text, f.FontPx, want)
		}
	}
	if w := browsertest.Value(b, chromedp.Evaluate[int](`document.documentElement.scrollWidth`)); w > 360 {
		t.Errorf("the page is %d px wide on a 360 px phone: it scrolls sideways", w)
	}
	checkFitsWidth(t, b, 0.55)
	for _, v := range b.Axe() {
		t.Errorf("accessibility: %s", v)
	}
	if got := b.Text("#field-progress"); got != "Field 1 of 3" {
		t.Errorf("the bar reads %q, want Field 1 of 3", got)
	}
	if !finishDisabled(b) {
		t.Error("Finish is enabled before anything is filled")
	}

	rotate(t, b, 740, 360, chromedp.EmulateLandscape)
	checkFitsWidth(t, b, 0.55)
	rotate(t, b, 360, 740, chromedp.EmulatePortrait)
	checkFitsWidth(t, b, 0.55)

	b.Run(chromedp.Tap(chromedp.CSS(".doc-field-signature.mine"), chromedp.NodeVisible))
	b.Run(chromedp.WaitVisible(chromedp.CSS("#sign-sheet[open] #sign-pad")))
	if r := rect(b, "#sign-sheet"); r[0] > 1 || r[1] > 1 || r[2] < 359 || r[3] < 739 {
		t.Errorf("the signature sheet covers %v of the 360×740 phone, want the whole screen", r)
	}
	drawWithFinger(b, "#sign-pad")
	fingerTap(b, "#sheet-apply")
	b.Run(chromedp.WaitNotPresent(chromedp.CSS("#sign-sheet[open]")))
	if n := browsertest.Value(b, chromedp.Evaluate[int](`document.querySelectorAll(".doc-field-signature.mine.filled img").length`)); n != 1 {
		t.Fatal("after Apply the signature field does not show the drawn signature")
	}
	if !finishDisabled(b) {
		t.Error("Finish is enabled before consent is given")
	}
	b.Run(chromedp.Tap(chromedp.CSS("#next-field"), chromedp.NodeVisible))
	if id := browsertest.Value(b, chromedp.Evaluate[string](`document.activeElement.id`)); id != "sign-consent" {
		t.Errorf("Next with every field filled goes to %q, want the consent box", id)
	}
	b.Run(chromedp.Tap(chromedp.CSS("label.check"), chromedp.NodeVisible))
	if finishDisabled(b) {
		t.Fatal("Finish stays disabled with every field filled and consent given")
	}
	b.Screenshot("phone ready to finish")
	tapAndLoad(b, "#sign-finish")

	b.Run(chromedp.WaitVisible(chromedp.CSS("#download-final")))
	b.Run(chromedp.Tap(chromedp.CSS("#download-final"), chromedp.NodeVisible))
	checkFinalCopy(t, waitDownload(t, downloads), orig, "Jane Doe")
	noPageErrors(t, b)
	got, err := owner.Document(context.Background(), d.ID)
	if err != nil || got.Status != api.DocumentCompleted || countActions(got, "downloaded") != 1 {
		t.Fatalf("owner sees %q with audit %+v (%v)", got.Status, got.Audit, err)
	}
}

func TestOnALaptopTypingHidesThePadAndTheNameIsEditedInPlace(t *testing.T) {
	p, owner, d, _, link := signingSetup(t)
	b := browsertest.New(t, browsertest.Viewport(1280, 800), browsertest.Timeout(30*time.Second))
	b.Run(chromedp.Navigate(link))
	click(b, "#open-document")
	b.Run(chromedp.WaitVisible(chromedp.CSS(`#pdf-pages[data-ready="true"] canvas`)))
	b.Run(chromedp.Click(chromedp.CSS(".doc-field-signature.mine"), chromedp.NodeVisible))
	b.Run(chromedp.WaitVisible(chromedp.CSS("#sign-sheet[open]")))
	if r := rect(b, "#sign-sheet"); r[0] < 100 || r[2] > 700 {
		t.Errorf("on a laptop the sheet is at %v, want a dialog in the middle of the window", r)
	}
	b.Run(chromedp.Click(chromedp.CSS(`input[name="sheet-mode"][value="type"]`), chromedp.NodeVisible))
	if shown := browsertest.Value(b, chromedp.Evaluate[bool](`document.getElementById("sign-pad").offsetHeight > 0`)); shown {
		t.Error("with Typing it chosen the drawing pad is still on screen")
	}
	b.Run(chromedp.Click(chromedp.CSS("#sheet-apply"), chromedp.NodeVisible))
	b.Run(chromedp.WaitNotPresent(chromedp.CSS("#sign-sheet[open]")))
	if got := b.Text(".doc-field-signature.mine .typed"); got != "Jane Doe" {
		t.Errorf("the signature field shows %q, want the typed name", got)
	}
	b.Run(chromedp.Click(chromedp.CSS(".doc-field-name.mine"), chromedp.NodeVisible))
	b.Run(chromedp.WaitVisible(chromedp.CSS("input.doc-field-input")), chromedp.KeyEvent("Jane Q. Doe"), chromedp.KeyEvent(kb.Enter))
	if got := b.Text(".doc-field-name.mine"); got != "Jane Q. Doe" {
		t.Errorf("after editing in place the name field reads %q", got)
	}
	b.Run(chromedp.Click(chromedp.CSS("#sign-consent"), chromedp.NodeVisible))
	click(b, "#sign-finish")
	b.Run(chromedp.WaitVisible(chromedp.CSS("#download-final")))
	noPageErrors(t, b)
	final := finalCopy(t, owner, d.ID)
	if text := pdfText(t, final); !strings.Contains(text, "Jane Q. Doe") {
		t.Errorf("the final copy does not carry the edited name:\n%s", text)
	}
	_ = p
}

func TestWithTheKeyboardAloneTheSignerReachesEveryFieldSignsAndFinishes(t *testing.T) {
	_, owner, d, orig, link := signingSetup(t)
	b := browsertest.New(t, browsertest.Viewport(1280, 800), browsertest.Timeout(30*time.Second))
	b.Run(chromedp.Navigate(link))
	b.Run(chromedp.WaitVisible(chromedp.CSS("#open-document")))
	tabTo(t, b, `document.activeElement.id === "open-document"`)
	pressAndLoad(b, kb.Enter)
	b.Run(chromedp.WaitVisible(chromedp.CSS(`#pdf-pages[data-ready="true"] canvas`)))
	tabTo(t, b, `document.activeElement.matches(".doc-field-signature.mine")`)
	b.Run(chromedp.KeyEvent(kb.Enter), chromedp.WaitVisible(chromedp.CSS("#sign-sheet[open]")))
	tabTo(t, b, `document.activeElement.name === "sheet-mode"`)
	b.Run(chromedp.KeyEvent(kb.ArrowDown))
	tabTo(t, b, `document.activeElement.id === "sheet-apply"`)
	b.Run(chromedp.KeyEvent(kb.Enter), chromedp.WaitNotPresent(chromedp.CSS("#sign-sheet[open]")))
	if id := browsertest.Value(b, chromedp.Evaluate[string](`document.activeElement.id`)); id != "sign-consent" {
		t.Fatalf("after Apply the focus is on %q, want the consent box (name and date come filled)", id)
	}
	b.Run(chromedp.KeyEvent(" "))
	tabTo(t, b, `document.activeElement.id === "sign-finish"`)
	if finishDisabled(b) {
		t.Fatal("Finish is disabled with every field filled and consent given")
	}
	pressAndLoad(b, kb.Enter)
	b.Run(chromedp.WaitVisible(chromedp.CSS("#download-final")))
	noPageErrors(t, b)
	checkFinalCopy(t, finalCopy(t, owner, d.ID), orig, "Jane Doe")
}

// fieldBox is a field as the page lays it out.
type fieldBox struct {
	Tag    string  `json:"tag"`
	Text   string  `json:"text"`
	W      float64 `json:"w"`
	H      float64 `json:"h"`
	FontPx float64 `json:"font"`
}

const fieldBoxesJS = `Array.from(document.querySelectorAll(".doc-field.mine")).map((el) => {
	const r = el.getBoundingClientRect();
	return { tag: el.tagName, text: el.innerText.trim(), w: r.width, h: r.height, font: parseFloat(getComputedStyle(el).fontSize) };
})`

// checkFitsWidth checks the page is as wide as the viewer and the
// signature field sits at x of the page's width.
func checkFitsWidth(t *testing.T, b *browsertest.Browser, x float64) {
	t.Helper()
	got := browsertest.Value(b, chromedp.Evaluate[[]float64](`(() => {
		const host = document.getElementById("pdf-pages"), page = host.querySelector(".pdf-page");
		const f = page.parentNode.querySelector(".doc-field-signature");
		return [host.clientWidth, page.offsetWidth, f.closest(".pdf-page").offsetWidth, f.offsetLeft];
	})()`))
	if math.Abs(got[1]-(got[0]-16)) > 1 {
		t.Errorf("the page is %.0f px wide in a %.0f px viewer, want it to fit the width", got[1], got[0])
	}
	if math.Abs(got[3]-x*got[2]) > 2 {
		t.Errorf("the signature field starts at %.0f px of a %.0f px page, want %.0f", got[3], got[2], x*got[2])
	}
}

// rotate turns the phone and waits for the viewer to lay itself out again.
func rotate(t *testing.T, b *browsertest.Browser, w, h int64, orientation chromedp.EmulateViewportOption) {
	t.Helper()
	b.Run(chromedp.EmulateViewport(w, h, chromedp.EmulateTouch, orientation))
	waitFor(t, "the viewer to lay out again after the rotation", 10*time.Second, func() bool {
		return browsertest.Value(b, chromedp.Evaluate[bool](`(() => {
			const host = document.getElementById("pdf-pages");
			return host.dataset.layoutWidth === String(host.clientWidth);
		})()`))
	})
}

func rect(b *browsertest.Browser, css string) []float64 {
	return browsertest.Value(b, chromedp.Evaluate[[]float64](`(() => { const r = document.querySelector(`+jsString(css)+
		`).getBoundingClientRect(); return [r.left, r.top, r.width, r.height]; })()`))
}

func jsString(s string) string { return "'" + strings.ReplaceAll(s, "'", `\'`) + "'" }

func finishDisabled(b *browsertest.Browser) bool {
	return browsertest.Value(b, chromedp.Evaluate[bool](`document.getElementById("sign-finish").disabled`))
}

// tapAndLoad taps an element with a finger and waits for the page it loads.
func tapAndLoad(b *browsertest.Browser, css string) {
	browsertest.Value(b, chromedp.WaitEvent(cdppage.LoadEventFired, nil, chromedp.Tap(chromedp.CSS(css), chromedp.NodeVisible)))
}

// pressAndLoad presses a key and waits for the page it loads.
func pressAndLoad(b *browsertest.Browser, key string) {
	browsertest.Value(b, chromedp.WaitEvent(cdppage.LoadEventFired, nil, chromedp.KeyEvent(key)))
}

// tabTo presses Tab until the condition on the focused element holds.
func tabTo(t *testing.T, b *browsertest.Browser, cond string) {
	t.Helper()
	for range 80 {
		if browsertest.Value(b, chromedp.Evaluate[bool](cond)) {
			return
		}
		b.Run(chromedp.KeyEvent(kb.Tab))
	}
	t.Fatalf("Tab never reached the element where %s", cond)
}

// drawWithFinger draws a zigzag on the element with touch events.
func drawWithFinger(b *browsertest.Browser, css string) {
	r := rect(b, css)
	x0, y0, w, h := r[0], r[1], r[2], r[3]
	point := func(x, y float64) []*input.TouchPoint {
		return []*input.TouchPoint{{X: x, Y: y, RadiusX: ptr(1.0), RadiusY: ptr(1.0), Force: ptr(1.0), ID: ptr(1.0)}}
	}
	touch := func(kind input.DispatchTouchEventType, pts []*input.TouchPoint) chromedp.Action[chromedp.Void] {
		return chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			_, err := cdp.Call(ctx, tg, input.DispatchTouchEvent, input.DispatchTouchEventParams{Type: kind, TouchPoints: pts})
			return err
		})
	}
	steps := []chromedp.Action[chromedp.Void]{touch(input.DispatchTouchEventTypeTouchStart, point(x0+w*0.1, y0+h*0.5))}
	for i := 1; i <= 24; i++ {
		steps = append(steps, touch(input.DispatchTouchEventTypeTouchMove, point(x0+w*(0.1+0.8*float64(i)/24), y0+h*(0.3+0.4*float64(i%2)))))
	}
	// The finger rests before it lifts, as a signing finger does: lifted in
	// motion, it would start a fling, and the next tap would only stop it.
	for range 5 {
		steps = append(steps, touch(input.DispatchTouchEventTypeTouchMove, point(x0+w*0.9, y0+h*0.5)))
	}
	steps = append(steps, touch(input.DispatchTouchEventTypeTouchEnd, []*input.TouchPoint{}))
	b.Run(steps...)
}

// fingerTap puts a finger down on the element's middle, lets the page see a
// frame, and lifts it, as a person's tap does.
func fingerTap(b *browsertest.Browser, css string) {
	r := rect(b, css)
	x, y := r[0]+r[2]/2, r[1]+r[3]/2
	touch := func(kind input.DispatchTouchEventType, pts []*input.TouchPoint) chromedp.Action[chromedp.Void] {
		return chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			_, err := cdp.Call(ctx, tg, input.DispatchTouchEvent, input.DispatchTouchEventParams{Type: kind, TouchPoints: pts})
			return err
		})
	}
	frame := chromedp.Evaluate[bool](`new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => ok(true))))`, chromedp.EvalAwaitPromise)
	b.Run(touch(input.DispatchTouchEventTypeTouchStart, []*input.TouchPoint{{X: x, Y: y, RadiusX: ptr(1.0), RadiusY: ptr(1.0), Force: ptr(1.0), ID: ptr(2.0)}}))
	browsertest.Value(b, frame)
	b.Run(touch(input.DispatchTouchEventTypeTouchEnd, []*input.TouchPoint{}))
}

func ptr[T any](v T) *T { return &v }

func noPageErrors(t *testing.T, b *browsertest.Browser) {
	t.Helper()
	for _, e := range b.ConsoleErrors() {
		if !strings.Contains(e, "favicon.ico") {
			t.Errorf("the page reported an error: %s", e)
		}
	}
}

// finalCopy downloads the final copy through the owner API once it is made.
func finalCopy(t *testing.T, owner *api.Client, id string) []byte {
	t.Helper()
	var buf bytes.Buffer
	waitFor(t, "the final copy", 20*time.Second, func() bool {
		buf.Reset()
		return owner.DownloadFinal(context.Background(), id, &buf) == nil
	})
	return buf.Bytes()
}

// pdfText is the text pdftotext reads in a PDF.
func pdfText(t *testing.T, data []byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "copy.pdf")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	return run(t, "pdftotext", path, "-")
}
