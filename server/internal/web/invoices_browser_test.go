package web_test

import (
	"encoding/base64"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"clientportal/shared/api"
	"clientportal/testkit/browsertest"
)

func TestAClientSeesAnIssuedInvoiceOnTheBadgeInTheListOpensItAndDownloadsThePDF(t *testing.T) {
	lp := newLivePortal(t, "sqlite")
	ada := lp.newContact("Ada Lovelace", "ada@example.test")
	inv := lp.issueInvoice(lp.draftInvoice(ada))
	b := browsertest.New(t, phone)
	lp.signInBrowser(b, ada)
	if got := b.Text(`a[href="/invoices"].tile`); !strings.Contains(got, "1 unpaid") {
		t.Errorf("the invoices tile says %q, want 1 unpaid", got)
	}
	b.Run(chromedp.Navigate(lp.origin() + "/invoices"))
	if got := b.Text("#invoices-due"); !strings.Contains(got, inv.Number) || !strings.Contains(got, "€791.96") {
		t.Fatalf("the Due group shows %q", got)
	}
	b.Run(chromedp.Click(chromedp.CSS(`#invoices-due a.invoice-link`), chromedp.NodeVisible))
	b.Run(chromedp.WaitVisible(chromedp.CSS(`#invoice-total`)))
	if got := b.Text("#invoice-total"); got != "€791.96" {
		t.Errorf("the invoice's total reads %q", got)
	}
	if href := browsertest.Value(b, chromedp.Evaluate[string](`document.querySelector("#pay-now").href`)); href != "https://pay.example.test/inv" {
		t.Errorf("Pay now leads to %q", href)
	}
	noHorizontalScroll(t, b, "the invoice on a phone")
	pdf64 := browsertest.Value(b, chromedp.Evaluate[string](`(async () => {
		const r = await fetch(document.querySelector("#download-invoice").href);
		const buf = new Uint8Array(await r.arrayBuffer());
		let s = ""; for (const x of buf) s += String.fromCharCode(x);
		return btoa(s); })()`, func(p *runtime.EvaluateParams) { t := true; p.AwaitPromise = &t }))
	pdf, _ := base64.StdEncoding.DecodeString(pdf64)
	if text := pdfText(t, pdf); contains(text, inv.Number, "€791.96") != "" {
		t.Errorf("the downloaded PDF's text misses %s", contains(text, inv.Number, "€791.96"))
	}
}

func TestTheOwnersReplyAppearsOnTheClientsMessagesPageWithoutAReload(t *testing.T) {
	lp := newLivePortal(t, "sqlite")
	ada := lp.newContact("Ada Lovelace", "ada@example.test")
	owner := lp.ownerEvents(lp.acme.Token)
	b := browsertest.New(t, phone)
	lp.signInBrowser(b, ada)
	b.Run(chromedp.Navigate(lp.origin() + "/messages"))
	b.WaitStreamsOpen(1)
	b.Run(chromedp.Evaluate[chromedp.Void](`window.notReloaded = true`))
	b.Run(chromedp.SendKeys(chromedp.CSS(`#message-body`), "Can we move the call?", chromedp.NodeVisible))
	b.Run(chromedp.Click(chromedp.CSS(`#send-message`), chromedp.NodeVisible))
	b.Run(chromedp.Poll[chromedp.Void](`document.querySelector("#thread").innerText.includes("Can we move the call?")`, chromedp.WithPollingTimeout(10*time.Second)))
	waitEvent(t, owner, func(e api.Event) bool { return e.Type == api.EventMessageCreated && e.Data["author"] == "client" }, "the client's message on the owner stream")

	lp.ownerAPI(http.MethodPost, "/api/v1/messages", api.NewMessage{ContactID: ada, Body: "Sure, **Thursday** works."}, nil)
	b.Run(chromedp.Poll[chromedp.Void](`document.querySelector("#thread").innerText.includes("Thursday works.")`, chromedp.WithPollingTimeout(10*time.Second)))
	if !browsertest.Value(b, chromedp.Evaluate[bool](`window.notReloaded === true`)) {
		t.Errorf("the page reloaded; the reply should arrive in place")
	}
	if got := browsertest.Value(b, chromedp.Evaluate[string](`document.querySelector("#message-body").value`)); got != "" {
		t.Errorf("the form still holds %q after sending", got)
	}
}
