// Package access brings clients into the portal: contacts, invitations,
// magic links, login emails with one-time codes, passwords and sessions.
package access

import (
	"clientportal/shared/clock"
	"errors"
	"time"

	"clientportal/server/internal/apperr"
	"clientportal/server/internal/store"
	"clientportal/server/internal/workspace"
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
	MaxBulkContacts = 10000
	CodeDigits      = 6
)

// notFoundAs turns a store miss into a NotFound error with a safe message.
func notFoundAs(err error, msg string) error {
	if errors.Is(err, store.ErrNotFound) {
		return apperr.Wrap(apperr.NotFound, err, "%s", msg)
	}
	return err
}

const contactMissing = "This contact does not exist."
