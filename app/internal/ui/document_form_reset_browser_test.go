package ui

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"clientportal/app/internal/testenv"
	"clientportal/shared/testpdf"
)

func TestBrowserAddedSignerRowsKeepTheirOwnTurnAfterTheFormResetsOnUpload(t *testing.T) {
	t.Parallel()
	portal := testenv.StartPortal(t)
	signers := seedContacts(t, ownerClient(portal), "turn", 2)
	h := newHarness(t)
	ctx := testenv.Browser(t)
	connectInBrowser(t, ctx, h, portal)
	orders := `Array.from(document.querySelectorAll('#signer-rows input[name="signer_order"]')).map((i) => i.value).join(",")`
	do(t, ctx, chromedp.Navigate(h.UI.URL+"/documents/"), chromedp.WaitReady("#document-form"),
		chromedp.Click("#add-signer"), chromedp.Click("#add-signer"),
		waitJS(`document.querySelectorAll("#signer-rows .signer-row").length === 4`, "four signer rows"))
	if got := eval[string](t, ctx, orders); got != "1,2,3,4" {
		t.Fatalf("the signer rows' turns read %s, want 1,2,3,4", got)
	}
	do(t, ctx,
		chromedp.SetUploadFiles("#doc-file", []string{writeOnePagePDF(t, "Turns")}),
		waitJS(`!!document.querySelector("#doc-preview[data-rendered]")`, "the PDF.js preview"),
		chromedp.SetValue("#doc-title", "Turns"),
		chromedp.SetValue("#doc-signer", signers[0].ID),
		chromedp.SetValue("#doc-signer3", signers[1].ID),
		chromedp.Click(`#document-form button[type="submit"]`),
		waitText("#document-panel", "Uploaded Turns"),
		waitJS(`document.getElementById("doc-title").value === ""`, "the form reset"),
	)
	if got := eval[string](t, ctx, orders); got != "1,2,3,4" {
		t.Errorf("after the reset the signer rows' turns read %s, want 1,2,3,4", got)
	}
	if got := eval[string](t, ctx, `document.getElementById("doc-signer3").value`); got != "" {
		t.Errorf("after the reset signer 3 is %q, want Nobody else", got)
	}
}

func TestBrowserAFieldMovedByTheKeysStaysInViewBelowTheToolbarAndTheCountIsNotRetold(t *testing.T) {
	t.Parallel()
	portal := testenv.StartPortal(t)
	h := newHarness(t)
	ctx := testenv.Browser(t)
	connectInBrowser(t, ctx, h, portal)
	file := filepath.Join(t.TempDir(), "lease.pdf")
	if err := os.WriteFile(file, testpdf.Pages(3), 0o644); err != nil {
		t.Fatal(err)
	}
	do(t, ctx, chromedp.Navigate(h.UI.URL+"/documents/"), chromedp.WaitReady("#document-form"),
		chromedp.SetUploadFiles("#doc-file", []string{file}),
		waitJS(`document.querySelectorAll("#doc-preview .doc-page canvas").length === 3`, "a canvas for every page"))
	pageTwoUnderToolbar(t, ctx)
	do(t, ctx, waitJS(`document.querySelector('.doc-page[data-page="2"]').dataset.rendered === "true"`, "page 2 drawn"),
		chromedp.Focus("#doc-canvas-2"), chromedp.KeyEvent(kb.Enter),
		waitText("#field-count", "1 field(s) placed, on page(s) 2."))
	// The field scrolled up under the sticky toolbar, and the count's changes counted.
	eval[bool](t, ctx, `(function(){
		const m = document.activeElement, bar = document.getElementById("doc-toolbar");
		window.scrollBy(0, m.getBoundingClientRect().top - bar.getBoundingClientRect().top);
		window.countTold = 0;
		new MutationObserver((l) => { window.countTold += l.length; }).observe(document.getElementById("field-count"), {childList: true, characterData: true, subtree: true});
		return true;
	})()`)
	do(t, ctx, chromedp.KeyEvent(kb.ArrowUp), chromedp.KeyEvent(kb.ArrowRight),
		waitJS(`document.activeElement.classList.contains("field-marker")`, "the field keeps focus"))
	gap := eval[float64](t, ctx, `document.activeElement.getBoundingClientRect().top - document.getElementById("doc-toolbar").getBoundingClientRect().bottom`)
	if gap < 0 {
		t.Errorf("the field moved by the keys is %.0f px under the toolbar", -gap)
	}
	if n := eval[int](t, ctx, `window.countTold`); n != 0 {
		t.Errorf("the field count was rewritten %d times by moves that did not change it", n)
	}
}
