package web_test

import (
	"net/http"
	"strings"
	"testing"

	"clientportal/shared/api"
)

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
	if page := get(t, c, lp.origin()+"/invoices/"+inv.ID); contains(page, "Pay €591.96", "€591.96 left to pay", "Partly paid") != "" {
		t.Errorf("the client's page misses %q", contains(page, "Pay €591.96", "€591.96 left to pay", "Partly paid"))
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
