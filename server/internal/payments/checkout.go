package payments

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"strings"

	"github.com/stripe/stripe-go/v82"

	"clientportal/server/internal/apperr"
	"clientportal/server/internal/invoices"
	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
	"clientportal/shared/money"
)

// CheckoutInput is the client's press on Pay.
type CheckoutInput struct {
	WorkspaceID, ContactID, InvoiceID string
	PortalURL                         string // the workspace's portal address the client is on, for the way back
}

const invoiceMissing = "This invoice does not exist."

// Checkout opens a Stripe Checkout Session for what is left to pay of the
// contact's invoice and returns the address to send the client to. The
// idempotency key is the invoice and the amount, so pressing Pay twice
// opens the same session.
func (s *Service) Checkout(ctx context.Context, in CheckoutInput) (string, error) {
	var (
		a   model.StripeAccount
		inv model.Invoice
		c   model.Contact
	)
	err := s.store.View(ctx, func(tx *store.Tx) (err error) {
		if inv, err = tx.Invoices().ByID(in.WorkspaceID, in.InvoiceID); err != nil {
			return store.Missing(err, invoiceMissing)
		}
		if inv.ContactID != in.ContactID {
			return apperr.NotFoundf(invoiceMissing)
		}
		if inv.Status == model.InvoiceDraft {
			return apperr.New(apperr.Conflict, "This invoice is not issued yet: there is nothing to pay.")
		}
		if !invoices.Payable(inv) {
			return apperr.New(apperr.Conflict, "Invoice %s is %s: there is nothing to pay.", inv.Number, statusText(inv.Status))
		}
		if c, err = tx.Contacts().ByID(in.WorkspaceID, in.ContactID); err != nil {
			return err
		}
		a, err = s.account(tx, in.WorkspaceID)
		return err
	})
	if err != nil {
		return "", err
	}
	left := invoices.Remaining(inv)
	amount, err := money.ToStripe(left, inv.Currency)
	if err != nil {
		return "", apperr.Wrap(apperr.Conflict, err, "Invoice %s cannot be paid online; ask the business for another way to pay.", inv.Number)
	}
	back := strings.TrimRight(in.PortalURL, "/") + "/invoices/" + url.PathEscape(inv.ID)
	meta := map[string]string{"invoice_id": inv.ID, "workspace_id": inv.WorkspaceID, "invoice_number": inv.Number}
	p := &stripe.CheckoutSessionCreateParams{
		Mode:              stripe.String(string(stripe.CheckoutSessionModePayment)),
		ClientReferenceID: stripe.String(inv.ID),
		CustomerEmail:     stripe.String(c.Email),
		SuccessURL:        stripe.String(back + "?paid=1"),
		CancelURL:         stripe.String(back),
		LineItems: []*stripe.CheckoutSessionCreateLineItemParams{{
			Quantity: stripe.Int64(1),
			PriceData: &stripe.CheckoutSessionCreateLineItemPriceDataParams{
				Currency: stripe.String(strings.ToLower(inv.Currency)), UnitAmount: stripe.Int64(amount),
				ProductData: &stripe.CheckoutSessionCreateLineItemPriceDataProductDataParams{Name: stripe.String("Invoice " + inv.Number)},
			},
		}},
		Metadata:          meta,
		PaymentIntentData: &stripe.CheckoutSessionCreatePaymentIntentDataParams{Metadata: meta},
	}
	p.SetIdempotencyKey(fmt.Sprintf("invoice-%s-%d", inv.ID, left))
	sess, err := s.stripeClient(a.SecretKey).V1CheckoutSessions.Create(ctx, p)
	if err != nil {
		slog.ErrorContext(ctx, "stripe checkout session", "workspace", in.WorkspaceID, "invoice", inv.ID, "err", err)
		return "", apperr.Wrap(apperr.Unavailable, err, unavailable)
	}
	u, err := url.Parse(sess.URL)
	if err != nil || u.Scheme != "https" || u.Host == "" {
		return "", apperr.Wrap(apperr.Unavailable, errors.New("stripe gave no https checkout address: "+sess.URL), unavailable)
	}
	return sess.URL, nil
}

// CheckoutOrigin is where Stripe Checkout's pages are, which a page with a
// Pay button must allow its form to go to.
const CheckoutOrigin = "https://checkout.stripe.com"

func statusText(status string) string { return strings.ReplaceAll(status, "_", " ") }
