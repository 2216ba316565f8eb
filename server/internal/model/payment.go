package model

import "time"

// The statuses an invoice reaches through payments and refunds, besides
// InvoiceIssued and InvoicePaid.
const (
	InvoicePartiallyPaid     = "partially_paid"
	InvoiceRefunded          = "refunded"
	InvoicePartiallyRefunded = "partially_refunded"
)

// PayableStatuses are the statuses in which an invoice still waits for money.
var PayableStatuses = []string{InvoiceIssued, InvoicePartiallyPaid}

// Payment is money received for an invoice (Kind "payment") or given back
// (Kind "refund"), in the invoice's currency's minor units.
type Payment struct {
	ID             string `gorm:"primaryKey"`
	WorkspaceID    string
	InvoiceID      string
	Kind           string // payment, refund
	Provider       string // manual, stripe
	Reference      string // Stripe's payment intent (payments) or charge (refunds); "" for manual ones
	AmountMinor    int64
	Currency       string
	Method         string
	PaidOn         string // YYYY-MM-DD
	Note           string
	Overpayment    bool
	ReceiptEmailID string
	CreatedAt      time.Time
	UpdatedAt      time.Time
}

// The kinds and providers of a Payment.
const (
	PaymentKindPayment = "payment"
	PaymentKindRefund  = "refund"
	ProviderManual     = "manual"
	ProviderStripe     = "stripe"
)

// StripeAccount is a workspace's Stripe keys; SecretKey and WebhookSecret
// are plain here and sealed in the database.
type StripeAccount struct {
	WorkspaceID        string `gorm:"primaryKey"`
	SecretKey          string
	SecretKeyLast4     string `gorm:"column:secret_key_last4"`
	PublishableKey     string
	WebhookSecret      string
	WebhookSecretLast4 string `gorm:"column:webhook_secret_last4"`
	LiveMode           bool
	ConnectedAt        time.Time
	UpdatedAt          time.Time
}

// RecurringInvoice issues the same invoice to a contact every period, from
// StartsOn: weekly, or monthly/yearly on the same day (the month's last day
// when it is shorter). NextPeriod counts the periods issued so far.
type RecurringInvoice struct {
	ID          string `gorm:"primaryKey"`
	WorkspaceID string
	ContactID   string
	Currency    string
	LinesJSON   string `gorm:"column:lines_json"` // the lines as the owner gave them
	Notes       string
	DueDays     int    // the due date, in days after each issue date
	Every       string // week, month, year
	StartsOn    string // YYYY-MM-DD: the first period's issue date
	PeriodCount int    // how many invoices in all; 0: until deleted
	NextPeriod  int    // the next period to issue, from 0
	NextOn      string // its issue date; "" when all are issued
	Paused      bool
	CreatedAt   time.Time
	UpdatedAt   time.Time
	DeletedAt   *time.Time
}

// The intervals of a RecurringInvoice.
const (
	EveryWeek  = "week"
	EveryMonth = "month"
	EveryYear  = "year"
)

// RecurringRun is one period of a recurring invoice, issued once.
type RecurringRun struct {
	RecurringID string `gorm:"primaryKey"`
	Period      int    `gorm:"primaryKey"`
	WorkspaceID string
	InvoiceID   string
	PeriodOn    string
	CreatedAt   time.Time
}
