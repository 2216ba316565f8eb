package ui

import (
	"context"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"clientportal/app/internal/testenv"
	"clientportal/shared/api"
	"clientportal/shared/testpdf"
)

func TestBrowserFieldsPlacedOnPageTwoAreMovedResizedAndDeletedOneByOneAndArriveAsSet(t *testing.T) {
	t.Parallel()
	portal := testenv.StartPortal(t)
	owner := ownerClient(portal)
	signer := seedContacts(t, owner, "signer", 1)[0]
	h := newHarness(t)
	ctx := testenv.Browser(t)
	connectInBrowser(t, ctx, h, portal)
	file := filepath.Join(t.TempDir(), "lease.pdf")
	if err := os.WriteFile(file, testpdf.Pages(3), 0o644); err != nil {
		t.Fatal(err)
	}
	do(t, ctx, chromedp.Navigate(h.UI.URL+"/documents/"), chromedp.WaitReady("#document-form"),
		chromedp.SetUploadFiles("#doc-file", []string{file}),
		waitJS(`document.querySelector("#doc-preview[data-rendered]")?.dataset.rendered === "3"`, "the preview of the three pages"),
		waitJS(`document.querySelectorAll("#doc-preview .doc-page canvas").length === 3`, "a canvas for every page"))

	// Scroll page 2 to just under the toolbar: it is drawn, and the toolbar stays in view.
	page := pageTwoUnderToolbar(t, ctx)
	do(t, ctx, waitJS(`document.querySelector('.doc-page[data-page="2"]').dataset.rendered === "true"`, "page 2 drawn"))
	if top := eval[float64](t, ctx, `document.getElementById("doc-toolbar").getBoundingClientRect().top`); top < 0 || top > 1 {
		t.Fatalf("scrolled to page 2, the toolbar's top is at %.0f px: it does not stay in view", top)
	}
	at := func(fx, fy float64) (float64, float64) { return page[0] + page[2]*fx, page[1] + page[3]*fy }
	click := func(kind string, fx, fy float64) {
		x, y := at(fx, fy)
		if hit := eval[string](t, ctx, fmt.Sprintf(`document.elementFromPoint(%f, %f).id`, x, y)); hit != "doc-canvas-2" {
			t.Fatalf("the point to click on page 2 is covered by %q", hit)
		}
		do(t, ctx, chromedp.Click(`input[name="field_kind"][value="`+kind+`"]`), chromedp.MouseClickXY(x, y))
	}
	click("signature", 0.3, 0.35) // 1: x .125 y .315
	click("name", 0.5, 0.6)       // 2: x .35 y .58
	click("date", 0.5, 0.85)      // 3: x .4 y .83
	// 4: by keyboard, Enter on the focused page places a date in its middle (x .4 y .48) and focuses it.
	do(t, ctx, chromedp.Focus("#doc-canvas-2"), chromedp.KeyEvent(kb.Enter),
		waitText("#field-count", "4 field(s) placed, on page(s) 2."))
	if got := eval[string](t, ctx, `document.activeElement.dataset.field || ""`); got != "4" {
		t.Fatalf("after Enter on the page the focus is on field %q, want the new field 4", got)
	}
	assertAccessible(t, ctx, "the document sender with fields placed")
	page = pageTwoUnderToolbar(t, ctx) // focusing may have scrolled

	// Field 1: dragged by a tenth across and a twentieth down, then two steps right and one down by keyboard.
	drag(t, ctx, at, [2]float64{0.3, 0.35}, [2]float64{0.4, 0.4})
	do(t, ctx, chromedp.KeyEvent(kb.ArrowRight), chromedp.KeyEvent(kb.ArrowRight), chromedp.KeyEvent(kb.ArrowDown))
	// Field 2: its corner handle dragged a tenth wider and .02 taller, then one step of each by Shift+arrows.
	drag(t, ctx, at, [2]float64{0.65, 0.62}, [2]float64{0.75, 0.64})
	do(t, ctx, chromedp.KeyEvent(kb.ArrowRight, chromedp.KeyModifiers(chromedp.ModifierShift)),
		chromedp.KeyEvent(kb.ArrowDown, chromedp.KeyModifiers(chromedp.ModifierShift)))
	// Field 3 goes by its delete button, field 4 by the Delete key.
	do(t, ctx, chromedp.Click(`.field-marker[data-field="3"] .field-delete`),
		chromedp.Focus(`.field-marker[data-field="4"]`), chromedp.KeyEvent(kb.Delete),
		waitText("#field-count", "2 field(s) placed, on page(s) 2."))

	do(t, ctx,
		chromedp.SetValue("#doc-title", "Lease"),
		chromedp.SetValue("#doc-signer", signer.ID),
		chromedp.Click(`#document-form button[type="submit"]`),
		waitText("#document-panel", "Uploaded Lease"),
		chromedp.Click(`#document-panel button[hx-post$="/send"]`),
		waitText("#document-panel", "Sent."),
		chromedp.WaitVisible(`#document-panel button.resend`),
	)
	l, err := owner.Documents(testenv.Context(t), "")
	if err != nil || len(l.Documents) != 1 || l.Documents[0].Status != api.DocumentSent {
		t.Fatalf("server documents: %+v (%v), want the one, sent", l.Documents, err)
	}
	want := []api.DocumentField{
		{Kind: api.FieldSignature, Page: 2, X: 0.245, Y: 0.375, W: 0.35, H: 0.07},
		{Kind: api.FieldName, Page: 2, X: 0.35, Y: 0.58, W: 0.41, H: 0.07},
	}
	assertFields(t, l.Documents[0].Fields, want)
}

// pageTwoUnderToolbar scrolls page 2's top to just under the sticky toolbar
// and returns its canvas's left, top, width and height.
func pageTwoUnderToolbar(t *testing.T, ctx context.Context) []float64 {
	t.Helper()
	return eval[[]float64](t, ctx, `(function(){
		const c = document.getElementById("doc-canvas-2"), bar = document.getElementById("doc-toolbar");
		window.scrollBy(0, c.getBoundingClientRect().top - bar.offsetHeight - 12);
		const r = c.getBoundingClientRect();
		return [r.left, r.top, r.width, r.height];
	})()`)
}

// drag presses the mouse at one point of page 2, moves it in steps to another and lets go.
func drag(t *testing.T, ctx context.Context, at func(fx, fy float64) (float64, float64), from, to [2]float64) {
	t.Helper()
	x0, y0 := at(from[0], from[1])
	x1, y1 := at(to[0], to[1])
	steps := []chromedp.Action[chromedp.Void]{chromedp.MouseEvent(chromedp.MousePressed, x0, y0, chromedp.ButtonLeft, chromedp.ClickCount(1))}
	for i := 1; i <= 5; i++ {
		f := float64(i) / 5
		steps = append(steps, chromedp.MouseEvent(chromedp.MouseMoved, x0+(x1-x0)*f, y0+(y1-y0)*f, chromedp.ButtonLeft))
	}
	steps = append(steps, chromedp.MouseEvent(chromedp.MouseReleased, x1, y1, chromedp.ButtonLeft, chromedp.ClickCount(1)))
	do(t, ctx, steps...)
}

func assertFields(t *testing.T, got, want []api.DocumentField) {
	t.Helper()
	near := func(a, b float64) bool { return math.Abs(a-b) < 0.006 }
	if len(got) != len(want) {
		t.Fatalf("the document has fields %+v, want %+v", got, want)
	}
	for i, w := range want {
		g := got[i]
		if g.Kind != w.Kind || g.Page != w.Page || !near(g.X, w.X) || !near(g.Y, w.Y) || !near(g.W, w.W) || !near(g.H, w.H) {
			t.Errorf("field %d arrived as %+v, want %+v", i+1, g, w)
		}
	}
}
