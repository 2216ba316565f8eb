package web_test

import (
	"fmt"
	"net/http"
	"testing"

	"clientportal/server/internal/model"
	"clientportal/shared/api"
)

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
			if m := contains(text, "Receipt", "€791.96", inv.Number, "pi_1", "card, through Stripe", now.Format("January 2, 2006")); m != "" {
				t.Errorf("the receipt PDF misses %q:\n%s", m, text)
			}
			if m := contains(rs[0].TextBody, "€791.96", inv.Number); m != "" {
				t.Errorf("the receipt email misses %q", m)
			}
		})
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
