package ui

import (
	"math"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"clientportal/app/internal/testenv"
	"clientportal/shared/api"
)

func TestBrowserUploadAPDFPlaceASignatureFieldAndSendIt(t *testing.T) {
	t.Parallel()
	portal := testenv.StartPortal(t)
	signer := seedContacts(t, ownerClient(portal), "signer", 1)[0]
	h := newHarness(t)
	ctx := testenv.Browser(t)
	connectInBrowser(t, ctx, h, portal)

	do(t, ctx,
		chromedp.Navigate(h.UI.URL+"/documents/"),
		chromedp.SetUploadFiles("#doc-file", []string{writeOnePagePDF(t, "Service agreement")}),
		waitJS(`!!document.querySelector("#doc-preview[data-rendered]")`, "the PDF.js preview"),
	)
	// Click at 70 % across and 85 % down the first page.
	eval[bool](t, ctx, `(function(){const c=document.getElementById("doc-canvas"), r=c.getBoundingClientRect();
		c.dispatchEvent(new MouseEvent("click",{bubbles:true,clientX:r.left+r.width*0.7,clientY:r.top+r.height*0.85}));return true})()`)
	do(t, ctx,
		waitText("#field-count", "1 field(s)"),
		chromedp.SetValue("#doc-title", "Service agreement"),
		chromedp.SetValue("#doc-signer", signer.ID),
		chromedp.Click(`#document-form button[type="submit"]`),
		waitText("#document-panel", "Uploaded Service agreement"),
		chromedp.Click(`#document-panel button[hx-post$="/send"]`),
		waitText("#document-panel", "Sent."),
		waitJS(`!!document.querySelector('#documents-list [data-status="sent"]')`, "the list showing sent"),
	)

	l, err := ownerClient(portal).Documents(testenv.Context(t), "")
	if err != nil || len(l.Documents) != 1 {
		t.Fatalf("server documents: %+v, %v", l.Documents, err)
	}
	d := l.Documents[0]
	if d.Status != api.DocumentSent || d.Signer.ID != signer.ID || len(d.Fields) != 1 {
		t.Fatalf("server document: status %s, signer %s, fields %+v", d.Status, d.Signer.ID, d.Fields)
	}
	f := d.Fields[0]
	if f.Kind != api.FieldSignature || f.Page != 1 || math.Abs(f.X-0.525) > 0.01 || math.Abs(f.Y-0.815) > 0.01 {
		t.Fatalf("placed field arrived as %+v, want a signature at x≈0.525 y≈0.815 on page 1", f)
	}
	code, body := get(t, h, "/documents/"+d.ID+"/original?title=agreement")
	if code != 200 || !strings.HasPrefix(body, "%PDF-") {
		t.Fatalf("download original: %d, %.20q", code, body)
	}
}
