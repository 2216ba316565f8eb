package store

import (
	"fmt"

	"gorm.io/gorm/clause"

	"clientportal/server/internal/model"
	"clientportal/server/internal/secure"
)

// purposeStripeKey seals a workspace's Stripe secret key and webhook secret.
const purposeStripeKey = "stripe-key"

// StripeAccounts is the repository of workspaces' Stripe keys; the secret
// key and the webhook secret are sealed at rest, bound to their workspace.
type StripeAccounts struct{ db *Tx }

// StripeAccounts returns the Stripe keys repository.
func (t *Tx) StripeAccounts() StripeAccounts { return StripeAccounts{t} }

// Get loads the workspace's keys, opened.
func (r StripeAccounts) Get(workspaceID string) (model.StripeAccount, error) {
	var a model.StripeAccount
	if err := r.db.db.Where("workspace_id = ?", workspaceID).Take(&a).Error; err != nil {
		return a, notFound(err, "stripe account of "+workspaceID)
	}
	var err error
	if a.SecretKey, err = openStripe(r.db.sealer, workspaceID, "secret_key", a.SecretKey); err != nil {
		return a, err
	}
	a.WebhookSecret, err = openStripe(r.db.sealer, workspaceID, "webhook_secret", a.WebhookSecret)
	return a, err
}

// Save stores the workspace's keys, replacing any it had.
func (r StripeAccounts) Save(a model.StripeAccount) error {
	var err error
	if a.SecretKey, err = sealStripe(r.db.sealer, a.WorkspaceID, "secret_key", a.SecretKey); err != nil {
		return err
	}
	if a.WebhookSecret, err = sealStripe(r.db.sealer, a.WorkspaceID, "webhook_secret", a.WebhookSecret); err != nil {
		return err
	}
	a.UpdatedAt = r.db.Now()
	err = r.db.db.Clauses(clause.OnConflict{Columns: []clause.Column{{Name: "workspace_id"}},
		DoUpdates: clause.AssignmentColumns([]string{"secret_key", "secret_key_last4", "publishable_key", "webhook_secret",
			"webhook_secret_last4", "live_mode", "updated_at"})}).Create(&a).Error
	return notFound(err, "save stripe account of "+a.WorkspaceID)
}

// Delete forgets the workspace's keys; it reports whether there were any.
func (r StripeAccounts) Delete(workspaceID string) (bool, error) {
	res := r.db.db.Where("workspace_id = ?", workspaceID).Delete(&model.StripeAccount{})
	return res.RowsAffected > 0, notFound(res.Error, "delete stripe account of "+workspaceID)
}

func sealStripe(s *secure.Sealer, workspaceID, field, plain string) (string, error) {
	b, err := s.Seal(purposeStripeKey, []byte(plain), []byte(workspaceID+"\x00"+field))
	if err != nil {
		return "", fmt.Errorf("seal the stripe %s of workspace %s: %w", field, workspaceID, err)
	}
	return string(b), nil
}

func openStripe(s *secure.Sealer, workspaceID, field, stored string) (string, error) {
	b, err := s.Open(purposeStripeKey, []byte(stored), []byte(workspaceID+"\x00"+field))
	if err != nil {
		return "", fmt.Errorf("the stripe %s of workspace %s cannot be opened: %w", field, workspaceID, err)
	}
	return string(b), nil
}

// resealStripe seals every workspace's Stripe secrets again under next.
func (t *Tx) resealStripe(next *secure.Sealer) (int, error) {
	var as []model.StripeAccount
	if err := t.db.Select("workspace_id", "secret_key", "webhook_secret").Find(&as).Error; err != nil {
		return 0, fmt.Errorf("load stripe accounts: %w", err)
	}
	for i, a := range as {
		set := map[string]any{}
		for field, stored := range map[string]string{"secret_key": a.SecretKey, "webhook_secret": a.WebhookSecret} {
			plain, err := openStripe(t.sealer, a.WorkspaceID, field, stored)
			if err != nil {
				return i, err
			}
			if set[field], err = sealStripe(next, a.WorkspaceID, field, plain); err != nil {
				return i, err
			}
		}
		if err := t.db.Model(&model.StripeAccount{}).Where("workspace_id = ?", a.WorkspaceID).Updates(set).Error; err != nil {
			return i, fmt.Errorf("reseal the stripe keys of workspace %s: %w", a.WorkspaceID, err)
		}
	}
	return len(as), nil
}

// Payments is the repository of invoices' payments and refunds.
type Payments struct{ db *Tx }

// Payments returns the payments repository.
func (t *Tx) Payments() Payments { return Payments{t} }

// Add saves a payment or refund; one with a reference already recorded for
// the workspace, provider and kind is not saved again (added is false).
func (r Payments) Add(p *model.Payment) (added bool, err error) {
	p.CreatedAt, p.UpdatedAt = r.db.Now(), r.db.Now()
	res := r.db.db.Clauses(clause.OnConflict{DoNothing: true}).Create(p)
	return res.RowsAffected == 1, notFound(res.Error, "record payment of invoice "+p.InvoiceID)
}

// ByReference loads the payment or refund Stripe knows by ref.
func (r Payments) ByReference(workspaceID, provider, kind, ref string) (model.Payment, error) {
	var p model.Payment
	err := r.db.db.Where("workspace_id = ? AND provider = ? AND kind = ? AND reference = ?", workspaceID, provider, kind, ref).Take(&p).Error
	return p, notFound(err, "payment "+ref)
}

// ByID loads one payment of the workspace.
func (r Payments) ByID(workspaceID, id string) (model.Payment, error) {
	return byID[model.Payment](r.db, workspaceID, id, "payment")
}

// SetAmount changes a recorded refund's amount (Stripe reports the total
// refunded of a charge).
func (r Payments) SetAmount(workspaceID, id string, amount int64) error {
	err := r.db.db.Model(&model.Payment{}).Where("workspace_id = ? AND id = ?", workspaceID, id).
		Updates(map[string]any{"amount_minor": amount, "updated_at": r.db.Now()}).Error
	return notFound(err, "update payment "+id)
}

// SetReceipt records the receipt email sent for a payment.
func (r Payments) SetReceipt(workspaceID, id, emailID string) error {
	err := r.db.db.Model(&model.Payment{}).Where("workspace_id = ? AND id = ?", workspaceID, id).Update("receipt_email_id", emailID).Error
	return notFound(err, "update payment "+id)
}

// ForInvoice lists an invoice's payments and refunds, oldest first.
func (r Payments) ForInvoice(workspaceID, invoiceID string) ([]model.Payment, error) {
	var ps []model.Payment
	err := r.db.db.Where("workspace_id = ? AND invoice_id = ?", workspaceID, invoiceID).Order("created_at, id").Find(&ps).Error
	return ps, notFound(err, "payments of invoice "+invoiceID)
}

// Totals sums an invoice's payments and refunds.
func (r Payments) Totals(workspaceID, invoiceID string) (paid, refunded int64, err error) {
	var rows []struct {
		Kind  string
		Total int64
	}
	err = r.db.db.Model(&model.Payment{}).Select("kind, COALESCE(SUM(amount_minor), 0) AS total").
		Where("workspace_id = ? AND invoice_id = ?", workspaceID, invoiceID).Group("kind").Scan(&rows).Error
	for _, row := range rows {
		if row.Kind == model.PaymentKindRefund {
			refunded = row.Total
		} else {
			paid = row.Total
		}
	}
	return paid, refunded, notFound(err, "sum payments of invoice "+invoiceID)
}

// StripeEvents remembers the Stripe events a workspace has handled.
type StripeEvents struct{ db *Tx }

// StripeEvents returns the handled Stripe events repository.
func (t *Tx) StripeEvents() StripeEvents { return StripeEvents{t} }

// Remember records an event id; first is false when it was handled before.
func (r StripeEvents) Remember(workspaceID, eventID, typ string) (first bool, err error) {
	res := r.db.db.Exec(`INSERT INTO stripe_events (workspace_id, event_id, type, received_at) VALUES (?, ?, ?, ?)
		ON CONFLICT (workspace_id, event_id) DO NOTHING`, workspaceID, eventID, typ, r.db.Now())
	return res.RowsAffected == 1, notFound(res.Error, "remember stripe event "+eventID)
}
