package web_test

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
	"clientportal/server/internal/storetest"
	"clientportal/shared/api"
)

func TestStripeKeysAreStoredSealedShownOnlyByTheirLastFourAndRefusedWhenTheyAreNotStripes(t *testing.T) {
	stripeURL, _ := startStripe(t)
	lp := newPayPortal(t, "sqlite", stripeURL)
	bad := []struct {
		keys  api.StripeKeys
		field string
	}{
		{api.StripeKeys{SecretKey: "pk_test_4eC39HqLyjWDarjtT1zdp7dc", PublishableKey: testKeys.PublishableKey, WebhookSecret: testKeys.WebhookSecret}, "secret_key"},
		{api.StripeKeys{SecretKey: testKeys.SecretKey, PublishableKey: "hello", WebhookSecret: testKeys.WebhookSecret}, "publishable_key"},
		{api.StripeKeys{SecretKey: testKeys.SecretKey, PublishableKey: testKeys.PublishableKey, WebhookSecret: "secret"}, "webhook_secret"},
		{api.StripeKeys{SecretKey: testKeys.SecretKey, PublishableKey: "pk_live_TYooMQauvdEDq54NiTphI7jx", WebhookSecret: testKeys.WebhookSecret}, "publishable_key"},
	}
	for _, c := range bad {
		status, body := lp.call(lp.acme.Token, http.MethodPut, "/api/v1/payments/stripe", c.keys)
		if _, fields := errorFields(t, body); status != 422 || fields[c.field] == "" {
			t.Errorf("keys %+v: %d %s; want 422 naming %s", c.keys, status, body, c.field)
		}
	}
	var st api.StripeSettings
	lp.ownerAPI(http.MethodGet, "/api/v1/payments/stripe", nil, &st)
	if st.Connected {
		t.Fatalf("refused keys connected the workspace: %+v", st)
	}

	lp.connectStripe(lp.acme.Token, testKeys)
	status, body := lp.call(lp.acme.Token, http.MethodGet, "/api/v1/payments/stripe", nil)
	if status != 200 || strings.Contains(string(body), testKeys.SecretKey) || strings.Contains(string(body), testKeys.WebhookSecret) {
		t.Fatalf("GET shows a secret: %d %s", status, body)
	}
	_ = jsonInto(body, &st)
	if !st.Connected || !st.TestMode || st.SecretKey.Last4 != "p7dc" || st.WebhookSecret.Last4 != "3RsK" || !st.PublishableKey.Set ||
		!strings.HasSuffix(st.WebhookURL, "/webhooks/stripe/"+lp.acme.Workspace.ID) {
		t.Errorf("settings after connecting: %+v", st)
	}
	stored := storetest.TableText(t, store.Options{SQLitePath: lp.sys.Config.SQLitePath(), DatabaseURL: lp.sys.Config.DatabaseURL}, "stripe_accounts")
	if !strings.Contains(stored, testKeys.PublishableKey) || strings.Contains(stored, "4eC39Hq") || strings.Contains(stored, "8aYbq2") {
		t.Errorf("the database holds the secrets in clear (or no row):\n%s", stored)
	}

	lp.ownerAPI(http.MethodDelete, "/api/v1/payments/stripe", nil, &st)
	lp.ownerAPI(http.MethodGet, "/api/v1/payments/stripe", nil, &st)
	if st.Connected || st.SecretKey.Set {
		t.Errorf("after DELETE the workspace is still connected: %+v", st)
	}
}

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
	if !strings.Contains(page, "Pay JPY 5,000") || !strings.Contains(res.Header.Get("Content-Security-Policy"), "form-action 'self' https://checkout.stripe.com") {
		t.Fatalf("the invoice page has no Pay button or its policy stops the form (%q)", res.Header.Get("Content-Security-Policy"))
	}
	if list := get(t, c, lp.origin()+"/invoices"); !strings.Contains(list, "Pay JPY 5,000") {
		t.Errorf("the invoice list has no Pay button")
	}
	mails := lp.emailsTo("ada@example.test")
	if len(mails) == 0 || !strings.Contains(mails[0].TextBody, "Pay JPY 5,000: ") {
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

func TestASignedCheckoutCompletedEventPaysTheInvoiceOnceAndEmailsOneReceiptWithAPDF(t *testing.T) {
	for _, dialect := range []string{"sqlite", "postgres"} {
		t.Run(dialect, func(t *testing.T) {
			stripeURL, _ := startStripe(t)
			lp := newPayPortal(t, dialect, stripeURL)
			ada := lp.newContact("Ada Lovelace", "ada@example.test")
			lp.connectStripe(lp.acme.Token, testKeys)
			inv := lp.issueInvoice(lp.draftInvoice(ada))
			now := lp.sys.Clock.Now()
			ev := stripeEvent("evt_1", "checkout.session.completed", sessionCompleted(inv.ID, "eur", "pi_1", inv.Total), now)

			if status, body := lp.webhookSignedAt(lp.acme.Workspace.ID, "whsec_wrongwrongwrong", ev, now); status != 400 {
				t.Errorf("a bad signature: %d %s, want 400", status, body)
			}
			if status, _ := lp.webhookSignedAt(lp.acme.Workspace.ID, testKeys.WebhookSecret, ev, now.Add(-10*60e9)); status != 400 {
				t.Errorf("a signature ten minutes old: %d, want 400", status)
			}
			if n := len(lp.payments(inv.ID)); n != 0 {
				t.Fatalf("refused events recorded %d payments", n)
			}

			if status, body := lp.webhook(lp.acme.Workspace.ID, testKeys.WebhookSecret, ev); status != 200 {
				t.Fatalf("the signed event: %d %s", status, body)
			}
			ps := lp.waitReceipt(inv.ID)
			if len(ps) != 1 || ps[0].AmountMinor != inv.Total || ps[0].Reference != "pi_1" || ps[0].Provider != model.ProviderStripe {
				t.Fatalf("payments after the event: %+v", ps)
			}
			var got api.Invoice
			lp.ownerAPI(http.MethodGet, "/api/v1/invoices/"+inv.ID, nil, &got)
			if got.Status != api.InvoicePaid || got.Paid != inv.Total || got.Remaining != 0 || !got.PaidOnline {
				t.Errorf("the owner sees %s paid %d left %d online %v", got.Status, got.Paid, got.Remaining, got.PaidOnline)
			}

			// Stripe retries, and tells the same payment again as another event.
			lp.webhook(lp.acme.Workspace.ID, testKeys.WebhookSecret, ev)
			again := stripeEvent("evt_2", "checkout.session.async_payment_succeeded", sessionCompleted(inv.ID, "eur", "pi_1", inv.Total), now)
			if status, _ := lp.webhook(lp.acme.Workspace.ID, testKeys.WebhookSecret, again); status != 200 {
				t.Errorf("the repeated payment: %d", status)
			}
			intent := stripeEvent("evt_3", "payment_intent.succeeded", `{"id":"pi_1","object":"payment_intent","amount_received":`+
				fmt.Sprint(inv.Total)+`,"currency":"eur","status":"succeeded","payment_method_types":["card"],"metadata":{"invoice_id":"`+inv.ID+`"}}`, now)
			if status, _ := lp.webhook(lp.acme.Workspace.ID, testKeys.WebhookSecret, intent); status != 200 {
				t.Errorf("the payment intent's event: %d", status)
			}
			if ps := lp.payments(inv.ID); len(ps) != 1 {
				t.Errorf("%d payments after the same payment came four times", len(ps))
			}
			rs := lp.receipts("ada@example.test")
			if len(rs) != 1 || rs[0].AttachmentName != "receipt-"+inv.Number+".pdf" {
				t.Fatalf("receipts: %d %+v", len(rs), rs)
			}
			text := pdfText(t, rs[0].Attachment)
			if m := contains(text, "Receipt", "EUR 791.96", inv.Number, "pi_1", "card, through Stripe", day(now)); m != "" {
				t.Errorf("the receipt PDF misses %q:\n%s", m, text)
			}
			if m := contains(rs[0].TextBody, "EUR 791.96", inv.Number); m != "" {
				t.Errorf("the receipt email misses %q", m)
			}
		})
	}
}

func TestPartPaymentsLeaveTheRestDueAndRefundsMoveTheInvoiceToRefunded(t *testing.T) {
	stripeURL, _ := startStripe(t)
	lp := newPayPortal(t, "postgres", stripeURL)
	ada := lp.newContact("Ada Lovelace", "ada@example.test")
	lp.connectStripe(lp.acme.Token, testKeys)
	inv := lp.issueInvoice(lp.draftInvoice(ada)) // EUR 791.96
	now := lp.sys.Clock.Now()

	var got api.Invoice
	lp.ownerAPI(http.MethodPost, "/api/v1/invoices/"+inv.ID+"/mark-paid", api.Payment{Amount: 20000, Method: "bank transfer"}, &got)
	if got.Status != api.InvoicePartiallyPaid || got.Remaining != 59196 {
		t.Fatalf("after a part payment by hand: %s, %d left", got.Status, got.Remaining)
	}
	c := lp.signIn(ada)
	if page := get(t, c, lp.origin()+"/invoices/"+inv.ID); contains(page, "Pay EUR 591.96", "EUR 591.96 left to pay", "Partly paid") != "" {
		t.Errorf("the client's page misses %q", contains(page, "Pay EUR 591.96", "EUR 591.96 left to pay", "Partly paid"))
	}
	lp.webhook(lp.acme.Workspace.ID, testKeys.WebhookSecret,
		stripeEvent("evt_part", "checkout.session.completed", sessionCompleted(inv.ID, "eur", "pi_part", 30000), now))
	lp.ownerAPI(http.MethodGet, "/api/v1/invoices/"+inv.ID, nil, &got)
	if got.Status != api.InvoicePartiallyPaid || got.Remaining != 29196 {
		t.Fatalf("after a part payment online: %s, %d left", got.Status, got.Remaining)
	}
	lp.webhook(lp.acme.Workspace.ID, testKeys.WebhookSecret,
		stripeEvent("evt_rest", "checkout.session.completed", sessionCompleted(inv.ID, "eur", "pi_rest", 29196), now))
	lp.ownerAPI(http.MethodGet, "/api/v1/invoices/"+inv.ID, nil, &got)
	if got.Status != api.InvoicePaid || got.Remaining != 0 || len(got.Payments) != 3 {
		t.Fatalf("after the rest online: %s, %d left, %d payments", got.Status, got.Remaining, len(got.Payments))
	}

	lp.webhook(lp.acme.Workspace.ID, testKeys.WebhookSecret, stripeEvent("evt_r1", "charge.refunded", chargeRefunded("pi_rest", "eur", 29196, 10000), now))
	lp.ownerAPI(http.MethodGet, "/api/v1/invoices/"+inv.ID, nil, &got)
	if got.Status != api.InvoicePartiallyRefunded || got.Refunded != 10000 {
		t.Fatalf("after a part refund: %s, %d refunded", got.Status, got.Refunded)
	}
	lp.webhook(lp.acme.Workspace.ID, testKeys.WebhookSecret, stripeEvent("evt_r2", "charge.refunded", chargeRefunded("pi_rest", "eur", 29196, 29196), now))
	lp.webhook(lp.acme.Workspace.ID, testKeys.WebhookSecret, stripeEvent("evt_r3", "charge.refunded", chargeRefunded("pi_part", "eur", 30000, 30000), now))
	lp.webhook(lp.acme.Workspace.ID, testKeys.WebhookSecret, stripeEvent("evt_r4", "charge.refunded", chargeRefunded("pi_part", "eur", 30000, 30000), now))
	lp.ownerAPI(http.MethodGet, "/api/v1/invoices/"+inv.ID, nil, &got)
	if got.Status != api.InvoicePartiallyRefunded || got.Refunded != 59196 {
		t.Fatalf("after refunding both online payments (the bank transfer stays): %s, %d refunded", got.Status, got.Refunded)
	}

	full := lp.issueInvoice(lp.draftInvoice(ada))
	lp.webhook(lp.acme.Workspace.ID, testKeys.WebhookSecret,
		stripeEvent("evt_full", "checkout.session.completed", sessionCompleted(full.ID, "eur", "pi_full", full.Total), now))
	lp.webhook(lp.acme.Workspace.ID, testKeys.WebhookSecret, stripeEvent("evt_rf", "charge.refunded", chargeRefunded("pi_full", "eur", full.Total, full.Total), now))
	lp.ownerAPI(http.MethodGet, "/api/v1/invoices/"+full.ID, nil, &got)
	if got.Status != api.InvoiceRefunded || got.Refunded != full.Total {
		t.Errorf("after a full refund: %s, %d refunded", got.Status, got.Refunded)
	}
}

func TestMoreThanIsDueIsRefusedUnlessMarkedAsAnOverpaymentWithANote(t *testing.T) {
	lp := newLivePortal(t, "sqlite")
	ada := lp.newContact("Ada Lovelace", "ada@example.test")
	small := lp.draftInvoice(ada)
	small.Lines = []api.InvoiceLineInput{{Description: "Workshop", Quantity: "1", UnitPrice: 55000}}
	inv := lp.issueInvoice(small)
	status, body := lp.call(lp.acme.Token, http.MethodPost, "/api/v1/invoices/"+inv.ID+"/mark-paid", api.Payment{Amount: 149000})
	msg, fields := errorFields(t, body)
	if status != 422 || fields["amount"] == "" || !strings.Contains(msg, "EUR 550.00 left to pay") {
		t.Fatalf("149,000 on a 55,000 invoice: %d %s", status, body)
	}
	status, body = lp.call(lp.acme.Token, http.MethodPost, "/api/v1/invoices/"+inv.ID+"/mark-paid", api.Payment{Amount: 149000, Overpayment: true})
	if _, fields := errorFields(t, body); status != 422 || fields["note"] == "" {
		t.Errorf("an overpayment without a note: %d %s", status, body)
	}
	var got api.Invoice
	if n := len(lp.payments(inv.ID)); n != 0 {
		t.Fatalf("refusals recorded %d payments", n)
	}
	lp.ownerAPI(http.MethodPost, "/api/v1/invoices/"+inv.ID+"/mark-paid", api.Payment{Amount: 149000, Overpayment: true, Note: "Paid two invoices at once"}, &got)
	if got.Status != api.InvoicePaid || got.Paid != 149000 || len(got.Payments) != 1 || !got.Payments[0].Overpayment {
		t.Errorf("the marked overpayment: %s paid %d %+v", got.Status, got.Paid, got.Payments)
	}
	status, _ = lp.call(lp.acme.Token, http.MethodPost, "/api/v1/invoices/"+inv.ID+"/mark-paid", api.Payment{Amount: 1})
	if status != 409 {
		t.Errorf("a payment on a paid invoice: %d, want 409", status)
	}
}

func TestEventsAboutOtherWorkspacesUnknownInvoicesOrAnotherCurrencyRecordNothing(t *testing.T) {
	stripeURL, _ := startStripe(t)
	lp := newPayPortal(t, "sqlite", stripeURL)
	ada := lp.newContact("Ada Lovelace", "ada@example.test")
	lp.connectStripe(lp.acme.Token, testKeys)
	inv := lp.issueInvoice(lp.draftInvoice(ada))
	globex := lp.otherWorkspace()
	globexKeys := testKeys
	globexKeys.WebhookSecret = "whsec_GlobexGlobexGlobex1"
	lp.connectStripe(globex, globexKeys)
	var gp api.Portal
	_, b := lp.call(globex, http.MethodGet, "/api/v1/portal", nil)
	_ = jsonInto(b, &gp)
	now := lp.sys.Clock.Now()

	cases := []struct{ name, workspace, secret, event string }{
		{"Acme's invoice at Globex's endpoint", gp.Workspace.ID, globexKeys.WebhookSecret,
			stripeEvent("evt_x1", "checkout.session.completed", sessionCompleted(inv.ID, "eur", "pi_x1", inv.Total), now)},
		{"an unknown invoice", lp.acme.Workspace.ID, testKeys.WebhookSecret,
			stripeEvent("evt_x2", "checkout.session.completed", sessionCompleted("no-such-invoice", "eur", "pi_x2", inv.Total), now)},
		{"another currency", lp.acme.Workspace.ID, testKeys.WebhookSecret,
			stripeEvent("evt_x3", "checkout.session.completed", sessionCompleted(inv.ID, "usd", "pi_x3", inv.Total), now)},
	}
	for _, c := range cases {
		if status, body := lp.webhook(c.workspace, c.secret, c.event); status != 200 {
			t.Errorf("%s: %d %s, want 200", c.name, status, body)
		}
	}
	var got api.Invoice
	lp.ownerAPI(http.MethodGet, "/api/v1/invoices/"+inv.ID, nil, &got)
	if got.Status != api.InvoiceIssued || len(lp.payments(inv.ID)) != 0 {
		t.Errorf("ignored events changed the invoice: %s, %d payments", got.Status, len(lp.payments(inv.ID)))
	}
}

func TestAnotherWorkspacesClientCanNeitherSeeNorPayTheInvoice(t *testing.T) {
	stripeURL, rec := startStripe(t)
	lp := newPayPortal(t, "sqlite", stripeURL)
	ada := lp.newContact("Ada Lovelace", "ada@example.test")
	bob := lp.newContact("Bob Stranger", "bob@example.test")
	lp.connectStripe(lp.acme.Token, testKeys)
	inv := lp.issueInvoice(lp.draftInvoice(ada))
	c := lp.signIn(bob)
	page := get(t, c, lp.origin()+"/invoices")
	if strings.Contains(page, inv.Number) {
		t.Errorf("another client's list shows the invoice")
	}
	token := csrfField.FindStringSubmatch(page)[1]
	res, err := noRedirects(c).PostForm(lp.origin()+"/invoices/"+inv.ID+"/pay", url.Values{"_csrf": {token}})
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != 404 || lp.clientStatus(c, "/invoices/"+inv.ID) != 404 {
		t.Errorf("another client paying: %d (and opening %d), want 404", res.StatusCode, lp.clientStatus(c, "/invoices/"+inv.ID))
	}

	// A client of another workspace, signed in on that workspace's portal.
	globex := lp.otherWorkspace()
	lp.connectStripe(globex, testKeys)
	var carol struct{ ID string }
	_, b := lp.call(globex, http.MethodPost, "/api/v1/contacts", map[string]string{"name": "Carol", "email": "carol@globex.test"})
	_ = jsonInto(b, &carol)
	var link struct{ URL string }
	_, b = lp.call(globex, http.MethodPost, "/api/v1/contacts/"+carol.ID+"/magic-links", nil)
	_ = jsonInto(b, &link)
	gc := lp.httpClient()
	m := csrfField.FindStringSubmatch(get(t, gc, link.URL))
	res, err = gc.PostForm(link.URL, url.Values{"_csrf": {m[1]}})
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	origin := res.Request.URL.Scheme + "://" + res.Request.URL.Host
	page = get(t, gc, origin+"/invoices")
	res, err = noRedirects(gc).PostForm(origin+"/invoices/"+inv.ID+"/pay", url.Values{"_csrf": {csrfField.FindStringSubmatch(page)[1]}})
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != 404 || strings.Contains(page, inv.Number) {
		t.Errorf("Globex's client paying Acme's invoice: %d, want 404", res.StatusCode)
	}
	for _, call := range rec.calls() {
		if call.Path == "/v1/checkout/sessions" {
			t.Errorf("a Checkout Session was created for someone else's invoice")
		}
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
