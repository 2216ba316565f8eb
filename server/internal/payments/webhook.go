package payments

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/webhook"

	"clientportal/server/internal/apperr"
	"clientportal/server/internal/invoices"
	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
	"clientportal/shared/money"
)

// SignatureTolerance is how far a webhook's signed time may be from the
// server clock before the event is refused as stale (Stripe's default).
const SignatureTolerance = webhook.DefaultTolerance

const badSignature = "The Stripe-Signature header does not match this workspace's webhook signing secret, or it is too old."

// HandleWebhook verifies a Stripe event sent to the workspace's webhook
// address with its signing secret and records what it says, once per event
// id (and once per payment intent, however often it comes): a completed
// Checkout payment, a succeeded payment intent, a refunded charge. An event
// about an invoice that is not the workspace's, is unknown, or is in another
// currency is logged and records nothing.
func (s *Service) HandleWebhook(ctx context.Context, workspaceID string, payload []byte, signature string) error {
	var secret string
	err := s.store.View(ctx, func(tx *store.Tx) error {
		a, err := tx.StripeAccounts().Get(workspaceID)
		secret = a.WebhookSecret
		return err
	})
	if errors.Is(err, store.ErrNotFound) {
		return apperr.New(apperr.BadRequest, "This workspace is not connected to Stripe.")
	}
	if err != nil {
		return err
	}
	if err := s.checkSignedAt(signature); err != nil {
		return err
	}
	ev, err := webhook.ConstructEventWithOptions(payload, signature, secret,
		webhook.ConstructEventOptions{IgnoreTolerance: true, IgnoreAPIVersionMismatch: true})
	if err != nil {
		return apperr.Wrap(apperr.BadRequest, err, badSignature)
	}
	if ev.ID == "" || ev.Data == nil {
		return apperr.New(apperr.BadRequest, "This is not a Stripe event.")
	}
	return s.store.InTx(ctx, func(tx *store.Tx) error {
		first, err := tx.StripeEvents().Remember(workspaceID, ev.ID, string(ev.Type))
		if err != nil || !first {
			return err
		}
		info := stripeEventInfo{ID: ev.ID, Type: string(ev.Type)}
		switch ev.Type {
		case stripe.EventTypeCheckoutSessionCompleted, stripe.EventTypeCheckoutSessionAsyncPaymentSucceeded:
			return s.sessionPaid(ctx, tx, workspaceID, info, ev.Data.Raw)
		case stripe.EventTypePaymentIntentSucceeded:
			return s.intentSucceeded(ctx, tx, workspaceID, info, ev.Data.Raw)
		case stripe.EventTypeChargeRefunded:
			return s.chargeRefunded(ctx, tx, workspaceID, info, ev.Data.Raw)
		}
		return nil
	})
}

// checkSignedAt refuses a signature made too long before (or after) the
// server clock's now; the library checks the signature itself.
func (s *Service) checkSignedAt(header string) error {
	for _, part := range strings.Split(header, ",") {
		k, v, _ := strings.Cut(strings.TrimSpace(part), "=")
		if k != "t" {
			continue
		}
		sec, err := strconv.ParseInt(v, 10, 64)
		if err != nil {
			break
		}
		if d := s.now().Sub(time.Unix(sec, 0)); d > SignatureTolerance || d < -SignatureTolerance {
			return apperr.New(apperr.BadRequest, badSignature)
		}
		return nil
	}
	return apperr.New(apperr.BadRequest, badSignature)
}

// received is a payment Stripe reports for an invoice.
type received struct {
	invoiceID, currency, reference, method string
	amount                                 int64 // Stripe's units
}

func (s *Service) sessionPaid(ctx context.Context, tx *store.Tx, workspaceID string, e stripeEventInfo, raw json.RawMessage) error {
	var cs stripe.CheckoutSession
	if err := json.Unmarshal(raw, &cs); err != nil {
		return apperr.Wrap(apperr.BadRequest, err, "The event's checkout session cannot be read.")
	}
	if cs.Mode != stripe.CheckoutSessionModePayment || cs.PaymentStatus == stripe.CheckoutSessionPaymentStatusUnpaid {
		return ignored(ctx, workspaceID, e, "not a paid payment session")
	}
	ref := cs.ID
	if cs.PaymentIntent != nil && cs.PaymentIntent.ID != "" {
		ref = cs.PaymentIntent.ID
	}
	return s.recordReceived(ctx, tx, workspaceID, e, received{invoiceID: cs.ClientReferenceID, currency: string(cs.Currency),
		reference: ref, method: methodOf(cs.PaymentMethodTypes), amount: cs.AmountTotal})
}

func (s *Service) intentSucceeded(ctx context.Context, tx *store.Tx, workspaceID string, e stripeEventInfo, raw json.RawMessage) error {
	var pi stripe.PaymentIntent
	if err := json.Unmarshal(raw, &pi); err != nil {
		return apperr.Wrap(apperr.BadRequest, err, "The event's payment intent cannot be read.")
	}
	if pi.Metadata["invoice_id"] == "" {
		return ignored(ctx, workspaceID, e, "no invoice in the payment intent's metadata")
	}
	return s.recordReceived(ctx, tx, workspaceID, e, received{invoiceID: pi.Metadata["invoice_id"], currency: string(pi.Currency),
		reference: pi.ID, method: methodOf(pi.PaymentMethodTypes), amount: pi.AmountReceived})
}

// recordReceived records a payment on the workspace's invoice, once per
// reference; more than is left is kept as an overpayment (the money came).
func (s *Service) recordReceived(ctx context.Context, tx *store.Tx, workspaceID string, e stripeEventInfo, r received) error {
	if r.invoiceID == "" || r.reference == "" {
		return ignored(ctx, workspaceID, e, "no invoice or payment reference")
	}
	inv, err := tx.Invoices().ByIDForUpdate(workspaceID, r.invoiceID)
	if errors.Is(err, store.ErrNotFound) {
		return ignored(ctx, workspaceID, e, "unknown invoice "+r.invoiceID)
	}
	if err != nil {
		return err
	}
	if _, err := tx.Payments().ByReference(workspaceID, model.ProviderStripe, model.PaymentKindPayment, r.reference); err == nil {
		return nil // the same payment, told again by another event
	}
	if !strings.EqualFold(r.currency, inv.Currency) {
		return ignored(ctx, workspaceID, e, fmt.Sprintf("paid in %q, invoice %s is in %s", r.currency, inv.Number, inv.Currency))
	}
	amount, err := money.FromStripe(r.amount, inv.Currency)
	if err != nil || amount <= 0 {
		return ignored(ctx, workspaceID, e, fmt.Sprintf("amount %d cannot be recorded: %v", r.amount, err))
	}
	p := model.Payment{Provider: model.ProviderStripe, Reference: r.reference, AmountMinor: amount, Method: r.method, PaidOn: s.today()}
	if amount > invoices.Remaining(inv) {
		p.Overpayment, p.Note = true, "Stripe received more than was left to pay."
	}
	if !invoices.Payable(inv) {
		return ignored(ctx, workspaceID, e, fmt.Sprintf("invoice %s is %s: payment %s needs the owner's attention", inv.Number, inv.Status, r.reference))
	}
	_, err = invoices.RecordPayment(tx, inv, p)
	return err
}

func (s *Service) chargeRefunded(ctx context.Context, tx *store.Tx, workspaceID string, e stripeEventInfo, raw json.RawMessage) error {
	var ch stripe.Charge
	if err := json.Unmarshal(raw, &ch); err != nil {
		return apperr.Wrap(apperr.BadRequest, err, "The event's charge cannot be read.")
	}
	if ch.PaymentIntent == nil || ch.PaymentIntent.ID == "" {
		return ignored(ctx, workspaceID, e, "refund of a charge without a payment intent")
	}
	paid, err := tx.Payments().ByReference(workspaceID, model.ProviderStripe, model.PaymentKindPayment, ch.PaymentIntent.ID)
	if errors.Is(err, store.ErrNotFound) {
		return ignored(ctx, workspaceID, e, "refund of a payment not recorded here: "+ch.PaymentIntent.ID)
	}
	if err != nil {
		return err
	}
	inv, err := tx.Invoices().ByIDForUpdate(workspaceID, paid.InvoiceID)
	if err != nil {
		return err
	}
	if !strings.EqualFold(string(ch.Currency), inv.Currency) {
		return ignored(ctx, workspaceID, e, fmt.Sprintf("refunded in %q, invoice %s is in %s", ch.Currency, inv.Number, inv.Currency))
	}
	amount, err := money.FromStripe(ch.AmountRefunded, inv.Currency)
	if err != nil || amount <= 0 {
		return ignored(ctx, workspaceID, e, fmt.Sprintf("refunded amount %d cannot be recorded: %v", ch.AmountRefunded, err))
	}
	_, err = invoices.RecordRefund(tx, inv, ch.ID, min(amount, paid.AmountMinor), s.today())
	return err
}

// methodOf is how a payment reads on the receipt ("card, through Stripe").
func methodOf(types []string) string {
	if len(types) == 0 {
		return "Stripe"
	}
	return strings.ReplaceAll(types[0], "_", " ") + ", through Stripe"
}
