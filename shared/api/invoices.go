package api

import (
	"context"
	"net/http"
	"net/url"
	"time"
)

// InvoiceStatus is where an invoice stands.
type InvoiceStatus string

// The invoice statuses.
const (
	InvoiceDraft  InvoiceStatus = "draft"
	InvoiceIssued InvoiceStatus = "issued"
	InvoicePaid   InvoiceStatus = "paid"
	InvoiceVoid   InvoiceStatus = "void"
	// Payments in part, and refunds of paid invoices.
	InvoicePartiallyPaid     InvoiceStatus = "partially_paid"
	InvoiceRefunded          InvoiceStatus = "refunded"
	InvoicePartiallyRefunded InvoiceStatus = "partially_refunded"
)

// The events of invoices.
const (
	EventInvoiceIssued = "invoice.issued"
	EventInvoicePaid   = "invoice.paid"
	EventInvoiceVoided = "invoice.voided"
	// EventInvoiceRefunded: Stripe refunded some or all of an invoice's payment.
	EventInvoiceRefunded = "invoice.refunded"
)

// InvoiceLineInput is one line item of a draft. Give the quantity either as
// a decimal string ("1.5", up to 3 decimals) or in thousandths of a unit.
type InvoiceLineInput struct {
	Description   string `json:"description"`
	Quantity      string `json:"quantity,omitempty"`
	QuantityMilli *int64 `json:"quantity_milli,omitempty"`
	UnitPrice     int64  `json:"unit_price"`  // minor units of the currency
	TaxRateBP     int    `json:"tax_rate_bp"` // basis points: 2000 is 20 %
}

// InvoiceInput creates or replaces a draft invoice. Dates are YYYY-MM-DD;
// an empty issue date becomes the day it is issued.
type InvoiceInput struct {
	ContactID  string             `json:"contact_id"`
	Currency   string             `json:"currency"`
	IssueDate  string             `json:"issue_date,omitempty"`
	DueDate    string             `json:"due_date"`
	Lines      []InvoiceLineInput `json:"lines"`
	Notes      string             `json:"notes,omitempty"`
	PaymentURL string             `json:"payment_url,omitempty"`
}

// InvoiceLine is a line item with its amounts in minor units, computed by the server.
type InvoiceLine struct {
	Description   string `json:"description"`
	Quantity      string `json:"quantity"`
	QuantityMilli int64  `json:"quantity_milli"`
	UnitPrice     int64  `json:"unit_price"`
	TaxRateBP     int    `json:"tax_rate_bp"`
	Net           int64  `json:"net"`
	Tax           int64  `json:"tax"`
	Total         int64  `json:"total"`
}

// Payment is how an invoice was paid. The owner may record part of what
// is due; more than is left is refused unless Overpayment is set with a Note.
type Payment struct {
	Amount      int64  `json:"amount"`  // minor units
	PaidOn      string `json:"paid_on"` // YYYY-MM-DD
	Method      string `json:"method"`
	Overpayment bool   `json:"overpayment,omitempty"`
	Note        string `json:"note,omitempty"`
}

// Invoice is a bill to one contact. Amounts are integers in the currency's
// minor units (cents); CurrencyExponent says how many decimals that is.
type Invoice struct {
	ID               string          `json:"id"`
	Number           string          `json:"number"`
	Status           InvoiceStatus   `json:"status"`
	Overdue          bool            `json:"overdue"`
	Contact          Contact         `json:"contact"`
	Currency         string          `json:"currency"`
	CurrencyExponent int             `json:"currency_exponent"`
	IssueDate        string          `json:"issue_date"`
	DueDate          string          `json:"due_date"`
	Lines            []InvoiceLine   `json:"lines"`
	Subtotal         int64           `json:"subtotal"`
	Tax              int64           `json:"tax"`
	Total            int64           `json:"total"`
	Notes            string          `json:"notes"`
	PaymentURL       string          `json:"payment_url"`
	Payment          *Payment        `json:"payment"`
	Paid             int64           `json:"paid"`        // minor units received so far
	Remaining        int64           `json:"remaining"`   // minor units left to pay
	Refunded         int64           `json:"refunded"`    // minor units given back
	PaidOnline       bool            `json:"paid_online"` // some of it was paid through Stripe in the portal
	Payments         []PaymentRecord `json:"payments"`
	CreatedAt        time.Time       `json:"created_at"`
	IssuedAt         *time.Time      `json:"issued_at"`
	PaidAt           *time.Time      `json:"paid_at"`
	VoidedAt         *time.Time      `json:"voided_at"`
}

// InvoiceList is the answer of GET /api/v1/invoices.
type InvoiceList struct {
	Invoices []Invoice `json:"invoices"`
}

// InvoiceQuery filters GET /api/v1/invoices.
type InvoiceQuery struct {
	Status    InvoiceStatus
	ContactID string
}

// CreateInvoice saves a draft invoice.
func (c *Client) CreateInvoice(ctx context.Context, in InvoiceInput, idemKey string) (Invoice, error) {
	var out Invoice
	err := c.Do(ctx, Request{Method: http.MethodPost, Path: "/api/v1/invoices", Body: in, IdempotencyKey: idemKey}, &out)
	return out, err
}

// UpdateInvoice replaces a draft invoice; an issued one answers 409.
func (c *Client) UpdateInvoice(ctx context.Context, id string, in InvoiceInput) (Invoice, error) {
	var out Invoice
	err := c.Do(ctx, Request{Method: http.MethodPut, Path: invoicePath(id, ""), Body: in}, &out)
	return out, err
}

// IssueInvoice numbers the invoice and emails the client a link to it.
func (c *Client) IssueInvoice(ctx context.Context, id, idemKey string) (Invoice, error) {
	var out Invoice
	err := c.Do(ctx, Request{Method: http.MethodPost, Path: invoicePath(id, "/issue"), IdempotencyKey: idemKey}, &out)
	return out, err
}

// MarkInvoicePaid records a payment of an issued invoice.
func (c *Client) MarkInvoicePaid(ctx context.Context, id string, p Payment, idemKey string) (Invoice, error) {
	var out Invoice
	err := c.Do(ctx, Request{Method: http.MethodPost, Path: invoicePath(id, "/mark-paid"), Body: p, IdempotencyKey: idemKey}, &out)
	return out, err
}

// VoidInvoice cancels an invoice; it stays visible as void.
func (c *Client) VoidInvoice(ctx context.Context, id, idemKey string) (Invoice, error) {
	var out Invoice
	err := c.Do(ctx, Request{Method: http.MethodPost, Path: invoicePath(id, "/void"), IdempotencyKey: idemKey}, &out)
	return out, err
}

// Invoice fetches one invoice.
func (c *Client) Invoice(ctx context.Context, id string) (Invoice, error) {
	var out Invoice
	err := c.Do(ctx, Request{Method: http.MethodGet, Path: invoicePath(id, "")}, &out)
	return out, err
}

// Invoices lists the workspace's invoices, newest first.
func (c *Client) Invoices(ctx context.Context, q InvoiceQuery) (InvoiceList, error) {
	v := url.Values{}
	if q.Status != "" {
		v.Set("status", string(q.Status))
	}
	if q.ContactID != "" {
		v.Set("contact_id", q.ContactID)
	}
	path := "/api/v1/invoices"
	if len(v) > 0 {
		path += "?" + v.Encode()
	}
	var out InvoiceList
	err := c.Do(ctx, Request{Method: http.MethodGet, Path: path}, &out)
	return out, err
}

func invoicePath(id, suffix string) string { return "/api/v1/invoices/" + url.PathEscape(id) + suffix }
