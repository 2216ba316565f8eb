package invoices

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/google/uuid"

	"clientportal/server/internal/apperr"
	"clientportal/server/internal/events"
	"clientportal/server/internal/jobs"
	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
)

// Remaining is what is still to pay of an invoice, never below zero.
func Remaining(inv model.Invoice) int64 { return max(inv.TotalMinor-inv.PaidMinor, 0) }

// Payable reports whether the invoice waits for (more) money.
func Payable(inv model.Invoice) bool {
	return slices.Contains(model.PayableStatuses, inv.Status) && Remaining(inv) > 0
}

// MarkPaid records a payment the owner received (in full or in part). More
// than is left to pay is refused unless marked as an overpayment with a note.
func (s *Service) MarkPaid(ctx context.Context, workspaceID, id string, p Payment) (View, error) {
	if p.PaidOn == "" {
		p.PaidOn = s.today()
	}
	p.Method, p.Note = strings.TrimSpace(p.Method), strings.TrimSpace(p.Note)
	v := apperr.Validation{}
	if p.Amount <= 0 {
		v.Add("amount", "The amount paid must be more than zero, in minor units.")
	}
	checkDate(v, "paid_on", p.PaidOn, true)
	if utf8.RuneCountInString(p.Method) > 100 {
		v.Add("method", "The payment method is limited to 100 characters.")
	}
	if utf8.RuneCountInString(p.Note) > 1000 {
		v.Add("note", "The note is limited to 1000 characters.")
	}
	if p.Overpayment && p.Note == "" {
		v.Add("note", "Say in a note why more than is due was paid.")
	}
	if err := v.Err(); err != nil {
		return View{}, err
	}
	err := s.store.InTx(ctx, func(tx *store.Tx) error {
		inv, err := tx.Invoices().ByIDForUpdate(workspaceID, id)
		if err != nil {
			return err
		}
		_, err = RecordPayment(tx, inv, model.Payment{Provider: model.ProviderManual, AmountMinor: p.Amount, Method: p.Method,
			PaidOn: p.PaidOn, Note: p.Note, Overpayment: p.Overpayment})
		return err
	})
	if err != nil {
		return View{}, store.Missing(err, invoiceMissing)
	}
	return s.Get(ctx, workspaceID, id)
}

// RecordPayment adds p to inv (loaded for update in tx): the payment is saved
// once per reference (added is false for one already recorded), the invoice
// becomes paid or partially_paid, the owner's stream hears invoice.paid and
// the client is emailed a receipt by the job queue.
func RecordPayment(tx *store.Tx, inv model.Invoice, p model.Payment) (added bool, err error) {
	if !slices.Contains(model.PayableStatuses, inv.Status) {
		return false, apperr.New(apperr.Conflict, "This invoice is %s; it takes no payment.", strings.ReplaceAll(inv.Status, "_", " "))
	}
	left := Remaining(inv)
	if p.AmountMinor > left && !p.Overpayment {
		return false, &apperr.Error{Kind: apperr.Invalid, Message: fmt.Sprintf("%s is more than the %s left to pay on invoice %s.",
			FormatMoney(p.AmountMinor, inv.Currency), FormatMoney(left, inv.Currency), inv.Number),
			Fields: map[string]string{"amount": fmt.Sprintf("At most %d (minor units) is due; mark it as an overpayment with a note to record more.", left)}}
	}
	p.ID, p.WorkspaceID, p.InvoiceID, p.Kind, p.Currency = uuid.NewString(), inv.WorkspaceID, inv.ID, model.PaymentKindPayment, inv.Currency
	if added, err = tx.Payments().Add(&p); err != nil || !added {
		return false, err
	}
	paid := inv.PaidMinor + p.AmountMinor
	set := map[string]any{"status": model.InvoicePartiallyPaid, "paid_minor": paid, "paid_on": p.PaidOn, "payment_method": p.Method}
	if paid >= inv.TotalMinor {
		set["status"], set["paid_at"] = model.InvoicePaid, tx.Now()
	}
	ok, err := tx.Invoices().Transition(inv.WorkspaceID, inv.ID, model.PayableStatuses, set)
	if err != nil || !ok {
		return false, fmt.Errorf("record payment on invoice %s: %w", inv.ID, firstErr(err, store.ErrConflict))
	}
	j, err := jobs.NewJob(inv.WorkspaceID, JobReceipt, receiptPayload{PaymentID: p.ID})
	if err != nil {
		return false, err
	}
	key := "receipt:" + p.ID
	j.UniqueKey = &key
	if err := jobs.Enqueue(tx, j); err != nil {
		return false, err
	}
	return true, events.Emit(tx, inv.WorkspaceID, model.EventInvoicePaid, map[string]any{"invoice_id": inv.ID, "contact_id": inv.ContactID,
		"number": inv.Number, "status": set["status"], "amount": p.AmountMinor, "paid": paid, "provider": p.Provider})
}

// RecordRefund sets what was refunded of one payment (Stripe reports a
// charge's refunded total, so a repeat changes nothing) and moves the
// invoice to refunded or partially_refunded.
func RecordRefund(tx *store.Tx, inv model.Invoice, reference string, refunded int64, paidOn string) (changed bool, err error) {
	cur, err := tx.Payments().ByReference(inv.WorkspaceID, model.ProviderStripe, model.PaymentKindRefund, reference)
	switch {
	case err == nil && cur.AmountMinor >= refunded:
		return false, nil
	case err == nil:
		if err := tx.Payments().SetAmount(inv.WorkspaceID, cur.ID, refunded); err != nil {
			return false, err
		}
	case errors.Is(err, store.ErrNotFound):
		r := model.Payment{ID: uuid.NewString(), WorkspaceID: inv.WorkspaceID, InvoiceID: inv.ID, Kind: model.PaymentKindRefund,
			Provider: model.ProviderStripe, Reference: reference, AmountMinor: refunded, Currency: inv.Currency, Method: "card", PaidOn: paidOn}
		if _, err := tx.Payments().Add(&r); err != nil {
			return false, err
		}
	default:
		return false, err
	}
	_, total, err := tx.Payments().Totals(inv.WorkspaceID, inv.ID)
	if err != nil {
		return false, err
	}
	status := model.InvoicePartiallyRefunded
	if total >= inv.PaidMinor {
		status = model.InvoiceRefunded
	}
	_, err = tx.Invoices().Transition(inv.WorkspaceID, inv.ID,
		[]string{model.InvoicePaid, model.InvoicePartiallyPaid, model.InvoicePartiallyRefunded, model.InvoiceRefunded},
		map[string]any{"status": status, "refunded_minor": total})
	if err != nil {
		return false, err
	}
	return true, events.Emit(tx, inv.WorkspaceID, model.EventInvoiceRefunded, map[string]any{"invoice_id": inv.ID, "contact_id": inv.ContactID,
		"number": inv.Number, "status": status, "refunded": total})
}

func firstErr(err, otherwise error) error {
	if err != nil {
		return err
	}
	return otherwise
}
