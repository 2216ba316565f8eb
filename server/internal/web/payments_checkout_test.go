package web_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"clientportal/shared/api"
)

func TestPayCreatesACheckoutSessionForWhatIsLeftAndAnswers303ToStripe(t *testing.T) {
	stripeURL, rec := startStripe(t)
	lp := newPayPortal(t, "sqlite", stripeURL)
	ada := lp.newContact("Ada Lovelace", "ada@example.test")
	unconnected := lp.issueInvoice(lp.draftInvoice(ada))
	c := lp.signIn(ada)
	if page := get(t, c, lp.origin()+"/invoices/"+unconnected.ID); strings.Contains(page, "Pay EUR") {
		t.Errorf("a workspace without Stripe shows a Pay button")
	}

	lp.connectStripe(lp.acme.Token, testKeys)
	yen := lp.draftInvoice(ada)
	yen.Currency, yen.Lines = "JPY", []api.InvoiceLineInput{{Description: "Consulting", Quantity: "1", UnitPrice: 5000}}
	inv := lp.issueInvoice(yen)
	res, err := c.Get(lp.origin() + "/invoices/" + inv.ID)
	if err != nil {
		t.Fatal(err)
	}
	page := readAll(res)
	res.Body.Close()
	if !strings.Contains(page, "Pay ¥5,000") || !strings.Contains(res.Header.Get("Content-Security-Policy"), "form-action 'self' https://checkout.stripe.com") {
		t.Fatalf("the invoice page has no Pay button or its policy stops the form (%q)", res.Header.Get("Content-Security-Policy"))
	}
	if list := get(t, c, lp.origin()+"/invoices"); !strings.Contains(list, "Pay ¥5,000") {
		t.Errorf("the invoice list has no Pay button")
	}
	mails := lp.emailsTo("ada@example.test")
	if len(mails) == 0 || !strings.Contains(mails[0].TextBody, "Pay ¥5,000: ") {
		t.Errorf("the invoice email has no Pay button")
	}

	token := csrfField.FindStringSubmatch(page)[1]
	pay := noRedirects(c)
	res, err = pay.PostForm(lp.origin()+"/invoices/"+inv.ID+"/pay", url.Values{"_csrf": {token}})
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusSeeOther || !strings.HasPrefix(res.Header.Get("Location"), "https://checkout.stripe.com/") {
		t.Fatalf("Pay answered %d to %q, want 303 to Stripe Checkout", res.StatusCode, res.Header.Get("Location"))
	}
	var sent *stripeCall
	for _, call := range rec.calls() {
		if call.Path == "/v1/checkout/sessions" {
			sent = &call
		}
	}
	if sent == nil {
		t.Fatal("no Checkout Session was created")
	}
	f := sent.Form
	want := map[string]string{"mode": "payment", "client_reference_id": inv.ID, "line_items[0][price_data][currency]": "jpy",
		"line_items[0][price_data][unit_amount]": "5000", "line_items[0][quantity]": "1",
		"success_url": lp.origin() + "/invoices/" + inv.ID + "?paid=1", "cancel_url": lp.origin() + "/invoices/" + inv.ID}
	for k, v := range want {
		if f.Get(k) != v {
			t.Errorf("Checkout Session %s = %q, want %q", k, f.Get(k), v)
		}
	}
	if sent.IdempotencyKey != "invoice-"+inv.ID+"-5000" {
		t.Errorf("idempotency key %q, want one per invoice and amount", sent.IdempotencyKey)
	}
	if n := len(lp.payments(inv.ID)); n != 0 {
		t.Errorf("opening Checkout recorded %d payments", n)
	}
}

func TestPayingAPaidOrVoidInvoiceSaysSoAndAnUnreachableStripeRecordsNothing(t *testing.T) {
	lp := newPayPortal(t, "sqlite", "http://127.0.0.1:1")
	ada := lp.newContact("Ada Lovelace", "ada@example.test")
	lp.connectStripe(lp.acme.Token, testKeys)
	paid := lp.issueInvoice(lp.draftInvoice(ada))
	lp.ownerAPI(http.MethodPost, "/api/v1/invoices/"+paid.ID+"/mark-paid", api.Payment{Amount: paid.Total}, nil)
	void := lp.issueInvoice(lp.draftInvoice(ada))
	lp.ownerAPI(http.MethodPost, "/api/v1/invoices/"+void.ID+"/void", nil, nil)
	due := lp.issueInvoice(lp.draftInvoice(ada))
	var draft api.Invoice
	lp.ownerAPI(http.MethodPost, "/api/v1/invoices", lp.draftInvoice(ada), &draft)
	c := noRedirects(lp.signIn(ada))
	token := csrfField.FindStringSubmatch(get(t, c, lp.origin()+"/invoices/"+due.ID))[1]
	for _, x := range []struct {
		id, want string
		status   int
	}{
		{paid.ID, "is paid: there is nothing to pay", 409},
		{void.ID, "is void: there is nothing to pay", 409},
		{draft.ID, "is not issued yet: there is nothing to pay", 409},
		{due.ID, "Payments are unavailable right now", 503},
	} {
		res, err := c.PostForm(lp.origin()+"/invoices/"+x.id+"/pay", url.Values{"_csrf": {token}})
		if err != nil {
			t.Fatal(err)
		}
		body := readAll(res)
		res.Body.Close()
		if res.StatusCode != x.status || !strings.Contains(body, x.want) {
			t.Errorf("paying %s: %d, want %d with %q", x.id, res.StatusCode, x.status, x.want)
		}
	}
	var got api.Invoice
	lp.ownerAPI(http.MethodGet, "/api/v1/invoices/"+due.ID, nil, &got)
	if got.Status != api.InvoiceIssued || len(got.Payments) != 0 {
		t.Errorf("a failed Pay changed the invoice: %s %+v", got.Status, got.Payments)
	}
}
