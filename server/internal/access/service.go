// Package access brings clients into the portal: contacts, invitations,
// magic links, login emails with one-time codes, passwords and sessions.
package access

import (
	"time"

	"clientportal/server/internal/store"
	"clientportal/server/internal/workspace"
	"clientportal/shared/clock"
)

// Service is the portal access domain service.
type Service struct {
	store      *store.Store
	workspaces *workspace.Service
	now        func() time.Time
	// SessionIdle and SessionMax bound a client session's life.
	SessionIdle time.Duration
	SessionMax  time.Duration
}

// New returns the access service.
func New(s *store.Store, ws *workspace.Service, clk clock.Clock) *Service {
	return &Service{store: s, workspaces: ws, now: clock.Or(clk).Now,
		SessionIdle: 7 * 24 * time.Hour, SessionMax: 30 * 24 * time.Hour}
}

// The limits of the access rules.
const (
	MaxCodeAttempts = 6
	// MaxCodesPerDay is how many login codes one contact is sent in 24 hours;
	// later emails carry the link alone.
	MaxCodesPerDay  = 10
	MaxBulkContacts = 10000
	CodeDigits      = 6
)

const contactMissing = "This contact does not exist."
