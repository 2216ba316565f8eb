package api

import (
	"context"
	"net/http"
	"net/url"
	"time"
)

// RecurringInvoiceInput creates a recurring invoice: one invoice each
// period from StartsOn, issued and emailed on its day.
type RecurringInvoiceInput struct {
	ContactID string             `json:"contact_id"`
	Currency  string             `json:"currency"`
	Lines     []InvoiceLineInput `json:"lines"`
	Notes     string             `json:"notes,omitempty"`
	Interval  string             `json:"interval"`           // week, month, year
	StartsOn  string             `json:"starts_on"`          // YYYY-MM-DD, today or later
	Count     int                `json:"count,omitempty"`    // how many in all; 0 or absent: until deleted
	DueDays   *int               `json:"due_days,omitempty"` // days to pay each one (14)
}

// RecurringInvoiceChange pauses, resumes or rewords a recurring invoice;
// new lines apply from the next period.
type RecurringInvoiceChange struct {
	Paused *bool              `json:"paused,omitempty"`
	Lines  []InvoiceLineInput `json:"lines,omitempty"`
	Notes  *string            `json:"notes,omitempty"`
}

// RecurringPeriod is one invoice a recurring invoice issued.
type RecurringPeriod struct {
	Period    int    `json:"period"` // from 0
	IssuedOn  string `json:"issued_on"`
	InvoiceID string `json:"invoice_id"`
}

// RecurringInvoice is the schedule and what it issued so far.
type RecurringInvoice struct {
	ID        string             `json:"id"`
	ContactID string             `json:"contact_id"`
	Currency  string             `json:"currency"`
	Lines     []InvoiceLineInput `json:"lines"`
	Notes     string             `json:"notes"`
	Interval  string             `json:"interval"`
	StartsOn  string             `json:"starts_on"`
	Count     int                `json:"count"`
	DueDays   int                `json:"due_days"`
	Paused    bool               `json:"paused"`
	NextOn    string             `json:"next_on"` // "" when every invoice is issued
	Issued    []RecurringPeriod  `json:"issued"`
	CreatedAt time.Time          `json:"created_at"`
}

// RecurringInvoiceList is the answer of GET /api/v1/recurring-invoices.
type RecurringInvoiceList struct {
	RecurringInvoices []RecurringInvoice `json:"recurring_invoices"`
}

// CreateRecurringInvoice schedules an invoice every week, month or year.
func (c *Client) CreateRecurringInvoice(ctx context.Context, in RecurringInvoiceInput, idemKey string) (RecurringInvoice, error) {
	var out RecurringInvoice
	err := c.Do(ctx, Request{Method: http.MethodPost, Path: "/api/v1/recurring-invoices", Body: in, IdempotencyKey: idemKey}, &out)
	return out, err
}

// RecurringInvoices lists the workspace's recurring invoices.
func (c *Client) RecurringInvoices(ctx context.Context) (RecurringInvoiceList, error) {
	var out RecurringInvoiceList
	err := c.Do(ctx, Request{Method: http.MethodGet, Path: "/api/v1/recurring-invoices"}, &out)
	return out, err
}

// UpdateRecurringInvoice pauses, resumes or changes a recurring invoice.
func (c *Client) UpdateRecurringInvoice(ctx context.Context, id string, ch RecurringInvoiceChange) (RecurringInvoice, error) {
	var out RecurringInvoice
	err := c.Do(ctx, Request{Method: http.MethodPatch, Path: "/api/v1/recurring-invoices/" + url.PathEscape(id), Body: ch}, &out)
	return out, err
}

// DeleteRecurringInvoice stops a recurring invoice; what it issued stays.
func (c *Client) DeleteRecurringInvoice(ctx context.Context, id string) error {
	return c.Do(ctx, Request{Method: http.MethodDelete, Path: "/api/v1/recurring-invoices/" + url.PathEscape(id)}, nil)
}
