package model

import "time"

// Invoice is a bill a workspace sends one contact; its lines and totals are
// fixed once it is issued.
type Invoice struct {
	ID            string `gorm:"primaryKey"`
	WorkspaceID   string
	ContactID     string
	Number        string // "" until issued
	Status        string // draft, issued, partially_paid, paid, partially_refunded, refunded, void
	Currency      string // ISO 4217
	IssueDate     string // YYYY-MM-DD, set at issue when empty
	DueDate       string // YYYY-MM-DD
	Notes         string
	PaymentURL    string
	SubtotalMinor int64
	TaxMinor      int64
	TotalMinor    int64
	PaidMinor     int64
	RefundedMinor int64
	PaidOn        string // YYYY-MM-DD
	PaymentMethod string
	CreatedAt     time.Time
	UpdatedAt     time.Time
	IssuedAt      *time.Time
	PaidAt        *time.Time
	VoidedAt      *time.Time
	OverdueAt     *time.Time `gorm:"<-:update"` // when invoice.overdue was recorded; nil until the due date passed unpaid
}

// The statuses of an Invoice.
const (
	InvoiceDraft  = "draft"
	InvoiceIssued = "issued"
	InvoicePaid   = "paid"
	InvoiceVoid   = "void"
)

// InvoiceLine is one line item of an invoice with its computed amounts.
type InvoiceLine struct {
	ID             string `gorm:"primaryKey"`
	WorkspaceID    string
	InvoiceID      string
	Position       int
	Description    string
	QuantityMilli  int64 // thousandths of a unit
	UnitPriceMinor int64
	TaxRateBP      int // basis points: 2000 is 20 %
	NetMinor       int64
	TaxMinor       int64
}
