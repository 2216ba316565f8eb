// Package sessions keeps clients signed in to the portal: starting a session
// at login, checking and ending it, and the password a client may set.
package sessions

import (
	"time"

	"clientportal/server/internal/store"
	"clientportal/shared/clock"
)

// Service starts, checks and ends client sessions.
type Service struct {
	store *store.Store
	now   func() time.Time
	// SessionIdle and SessionMax bound a client session's life.
	SessionIdle time.Duration
	SessionMax  time.Duration
}

// New returns the sessions service.
func New(s *store.Store, clk clock.Clock) *Service {
	return &Service{store: s, now: clock.Or(clk).Now, SessionIdle: 7 * 24 * time.Hour, SessionMax: 30 * 24 * time.Hour}
}
