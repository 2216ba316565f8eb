package ui

import (
	"testing"

	"github.com/chromedp/chromedp"

	"clientportal/app/internal/testenv"
)

func TestBrowserTheDocumentFormShowsNoPreviewBeforeAFileAndAFreshOneAfterUpload(t *testing.T) {
	t.Parallel()
	portal := testenv.StartPortal(t)
	signer := seedContacts(t, ownerClient(portal), "signer", 1)[0]
	h := newHarness(t)
	ctx := testenv.Browser(t)
	connectInBrowser(t, ctx, h, portal)

	shown := `(function(){var p=document.getElementById("doc-preview");return p.getBoundingClientRect().height > 0})()`
	do(t, ctx, chromedp.Navigate(h.UI.URL+"/documents/"), chromedp.WaitReady("#document-form"))
	if eval[bool](t, ctx, shown) {
		t.Fatal("an empty preview box shows before any file is chosen")
	}
	do(t, ctx,
		chromedp.SetUploadFiles("#doc-file", []string{writeOnePagePDF(t, "Service agreement")}),
		waitJS(`!!document.querySelector("#doc-preview[data-rendered]")`, "the PDF.js preview"),
	)
	if !eval[bool](t, ctx, shown) {
		t.Fatal("the chosen PDF's preview does not show")
	}
	// The page's middle, scrolled into the window (the form above it may be taller than the window).
	box := eval[[]float64](t, ctx, `(function(){var c=document.getElementById("doc-canvas");c.scrollIntoView({block:"center"});var r=c.getBoundingClientRect();return [r.left+r.width*0.5, r.top+r.height*0.5]})()`)
	do(t, ctx,
		chromedp.MouseClickXY(box[0], box[1]),
		waitText("#field-count", "1 field(s)"),
		chromedp.SetValue("#doc-title", "Service agreement"),
		chromedp.SetValue("#doc-signer", signer.ID),
		chromedp.Click(`#document-form button[type="submit"]`),
		waitText("#document-panel", "Uploaded Service agreement"),
	)
	if eval[bool](t, ctx, shown) {
		t.Fatal("the uploaded file's preview stays after the upload")
	}
	// A click where the old preview was adds no field to the fresh form.
	do(t, ctx, chromedp.MouseClickXY(box[0], box[1]))
	if got := eval[string](t, ctx, `document.getElementById("doc-fields").value`); got != "[]" {
		t.Fatalf("a click after the upload placed fields %s on the fresh form", got)
	}
}
