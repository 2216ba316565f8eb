package ui

import (
	"context"
	"testing"

	"github.com/chromedp/chromedp"

	"clientportal/app/internal/testenv"
	"clientportal/shared/api"
)

// The signer signs in the client portal (a second tab, a real browser
// session) while the owner watches the desktop's documents page.
func TestBrowserASignatureInThePortalArrivesLiveInTheDesktop(t *testing.T) {
	t.Parallel()
	portal := testenv.StartPortal(t)
	owner := ownerClient(portal)
	signer := seedContacts(t, owner, "signer", 1)[0]
	doc := uploadAndSend(t, owner, signer, writeOnePagePDF(t, "Engagement letter"))

	h := newHarness(t)
	desk := testenv.Browser(t)
	connectInBrowser(t, desk, h, portal)
	do(t, desk, chromedp.Navigate(h.UI.URL+"/documents/"), waitJS(`!!document.querySelector('#documents-list [data-status="sent"]')`, "the sent document"))
	waitOnline(t, h)

	signInPortal(t, desk, owner, signer, doc)
	do(t, desk,
		waitJS(`!!document.querySelector('#documents-list [data-status="signed"], #documents-list [data-status="completed"]')`, "the signature in the list"),
		waitText("#notices", "signed “Engagement letter”"),
	)
}

// uploadAndSend creates a document with one signature field and sends it.
func uploadAndSend(t *testing.T, c *api.Client, signer api.Contact, path string) api.Document {
	t.Helper()
	pdf := readFile(t, path)
	d, err := c.UploadDocument(testenv.Context(t), api.NewDocument{Title: "Engagement letter", SignerContactID: signer.ID, PDF: pdf,
		Fields: []api.DocumentField{{Kind: api.FieldSignature, Page: 1, X: 0.5, Y: 0.8, W: 0.35, H: 0.07}}}, "")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.SendDocument(testenv.Context(t), d.ID, ""); err != nil {
		t.Fatal(err)
	}
	return d
}

// signInPortal logs the signer in with a magic link in a new tab, taps the
// signature field, types the signature in the sheet, agrees and finishes.
func signInPortal(t *testing.T, browser context.Context, owner *api.Client, signer api.Contact, doc api.Document) {
	t.Helper()
	link, err := owner.NewMagicLink(testenv.Context(t), signer.ID)
	if err != nil {
		t.Fatal(err)
	}
	p, err := owner.Portal(testenv.Context(t))
	if err != nil {
		t.Fatal(err)
	}
	tab, cancel := chromedp.NewContext(browser)
	defer cancel()
	do(t, tab,
		chromedp.Navigate(link.URL),
		chromedp.Click(`form[action^="/login/magic/"] button[type="submit"]`),
		waitJS(`location.pathname !== "" && !location.pathname.startsWith("/login/magic/")`, "the login"),
		chromedp.Navigate(p.URL+"/documents/"+doc.ID),
		chromedp.WaitVisible(`#pdf-pages[data-ready="true"] .doc-field-signature.mine`),
		chromedp.Click(".doc-field-signature.mine"),
		chromedp.WaitVisible("#sign-sheet[open]"),
		chromedp.Click(`#sign-sheet input[name="sheet-mode"][value="type"]`),
		chromedp.Click("#sheet-apply"),
		chromedp.Click("#sign-consent"),
		chromedp.Click("#sign-finish"),
		waitJS(`document.body.innerText.includes("Signed")`, "the portal confirming the signature"),
	)
}
