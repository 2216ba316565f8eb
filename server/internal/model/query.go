package model

import "time"

// DayCount is how many contacts were invited and joined on one UTC day.
type DayCount struct {
	Day     string
	Invited int64
	Joined  int64
}

// ContactFilter selects one page of contacts, newest first.
type ContactFilter struct {
	Status string
	Query  string
	Limit  int
	After  *ContactCursor
}

// ContactCursor is the position after the last contact of a page.
type ContactCursor struct {
	CreatedAt time.Time
	ID        string
}

// DocumentFilter selects documents of a workspace, newest first.
type DocumentFilter struct {
	Status    string
	SignerID  string
	NotStatus []string
	Limit     int
}

// InvoiceFilter selects invoices of a workspace.
type InvoiceFilter struct {
	ContactID string
	Statuses  []string
	Limit     int
}

// LoginEmailStatus is one contact's login email and its delivery state.
type LoginEmailStatus struct {
	ContactID   string
	Status      string
	Error       string
	EmailStatus *string
	EmailError  *string
}
