package ui

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"clientportal/app/internal/testenv"
)

func TestBrowserTwoSignersPlaceFieldsInTheirOwnColourAndTheDocumentListsBothInOrder(t *testing.T) {
	t.Parallel()
	portal := testenv.StartPortal(t)
	signers := seedContacts(t, ownerClient(portal), "signer", 2)
	h := newHarness(t)
	ctx := testenv.Browser(t)
	connectInBrowser(t, ctx, h, portal)
	do(t, ctx, chromedp.Navigate(h.UI.URL+"/documents/"), chromedp.WaitReady("#document-form"),
		chromedp.SetUploadFiles("#doc-file", []string{writeOnePagePDF(t, "Loan agreement")}),
		waitJS(`!!document.querySelector("#doc-preview[data-rendered]")`, "the PDF.js preview"))
	// The page scrolled into the window (the signer rows above it may be taller than the window).
	canvas := `(function(){var c=document.getElementById("doc-canvas"),r=c.getBoundingClientRect();if(r.top<0||r.top+r.height*0.5>innerHeight){c.scrollIntoView({block:"center"});r=c.getBoundingClientRect()}return [r.left, r.top, r.width, r.height]})()`
	box := eval[[]float64](t, ctx, canvas)
	do(t, ctx, chromedp.MouseClickXY(box[0]+box[2]*0.3, box[1]+box[3]*0.45), chromedp.Click(`input[name="field_signer"][value="1"]`))
	box = eval[[]float64](t, ctx, canvas) // the click on the radio may have scrolled the page
	do(t, ctx, chromedp.MouseClickXY(box[0]+box[2]*0.7, box[1]+box[3]*0.45), waitText("#field-count", "2 field(s)"))
	colours := eval[[]string](t, ctx, `Array.from(document.querySelectorAll(".field-marker")).map((m) => getComputedStyle(m).borderTopColor)`)
	if len(colours) != 2 || colours[0] == colours[1] {
		t.Fatalf("the two signers' fields are drawn in %v, want a colour each", colours)
	}
	do(t, ctx,
		chromedp.SetValue("#doc-title", "Loan agreement"),
		chromedp.SetValue("#doc-signer", signers[0].ID),
		chromedp.SetValue("#doc-signer2", signers[1].ID),
		chromedp.Click(`#document-form button[type="submit"]`),
		waitText("#document-panel", "Uploaded Loan agreement"),
	)
	rows := eval[[]string](t, ctx, `Array.from(document.querySelectorAll("#document-panel .signer-list li")).map((li) => li.innerText)`)
	if len(rows) != 2 || !strings.HasPrefix(rows[0], "1. ") || !strings.HasPrefix(rows[1], "2. ") ||
		!strings.Contains(rows[0], signers[0].Email) || !strings.Contains(rows[1], signers[1].Email) || !strings.Contains(rows[1], "waiting") {
		t.Fatalf("the uploaded document lists its signers as %q, want both, in order, waiting", rows)
	}
	do(t, ctx,
		chromedp.SendKeys(`#document-panel .void-form input[name="reason"]`, "Wrong amount"),
		chromedp.Click(`#document-panel .void-form button[type="submit"]`),
		waitText("#document-panel", "Voided. The signers have been told."),
	)
	if got := eval[string](t, ctx, `document.querySelector("#document-panel .badge").innerText`); got != "voided" {
		t.Errorf("after Void the document's badge reads %q", got)
	}
}
