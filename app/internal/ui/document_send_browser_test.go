package ui

import (
	"testing"

	"github.com/chromedp/chromedp"

	"clientportal/app/internal/testenv"
	"clientportal/shared/api"
	"clientportal/shared/testpdf"
)

func TestBrowserASentDocumentOffersResendAndASecondSendIsImpossible(t *testing.T) {
	t.Parallel()
	portal := testenv.StartPortal(t)
	owner := ownerClient(portal)
	signer := seedContacts(t, owner, "signer", 1)[0]
	d, err := owner.UploadDocument(testenv.Context(t), api.NewDocument{Title: "Lease", SignerContactID: signer.ID, FileName: "lease.pdf", PDF: testpdf.Text("Lease")}, "")
	if err != nil {
		t.Fatal(err)
	}
	h := newHarness(t)
	ctx := testenv.Browser(t)
	connectInBrowser(t, ctx, h, portal)

	send := `#document-` + d.ID + ` button[hx-post$="/send"]:not(.resend)`
	do(t, ctx,
		chromedp.Navigate(h.UI.URL+"/documents/"),
		chromedp.Click(`#doc-`+d.ID+` button`),
		chromedp.WaitVisible(send),
		chromedp.Click(send),
		waitText("#document-"+d.ID, "Sent."),
		waitText("#document-"+d.ID+" h3 .badge", "sent"),
	)
	if n := eval[int](t, ctx, `document.querySelectorAll(`+mustJSONString(send)+`).length`); n != 0 {
		t.Fatal("the sent document's card still offers Send")
	}
	if !eval[bool](t, ctx, `!!document.querySelector("#document-`+d.ID+` button.resend")`) {
		t.Fatal("the sent document's card offers no Resend")
	}
	if n := portal.WaitMails(t, []string{signer.Email})[signer.Email]; n != 1 {
		t.Fatalf("the signer got %d emails, want 1", n)
	}
}
