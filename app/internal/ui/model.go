package ui

import (
	"clientportal/app/internal/accounts"
	"clientportal/app/internal/desk"
)

// Page is what the layout needs, plus the page's own typed data.
type Page struct {
	Title    string
	Nav      string
	CSRF     string
	Version  int64
	Account  accounts.Account
	Accounts []accounts.Account
	Status   StatusView
	Data     any
}

// StatusView is the online/offline banner.
type StatusView struct {
	desk.Status
	Connected bool
	Pending   int
	SavedAt   string
}

// Message is a one-line result of an action.
type Message struct {
	Kind string // "ok", "queued" or "error"
	Text string
}
