// Package sessions keeps clients signed in to the portal: starting a session
// at login, checking and ending it, and the password a client may set.
package sessions

import (
	"time"

	"clientportal/server/internal/cache"
	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
	"clientportal/shared/clock"
)

// Service starts, checks and ends client sessions.
type Service struct {
	store *store.Store
	now   func() time.Time
	live  *cache.TTL[string, liveSession] // For's answers by workspace and token hash
	// SessionIdle and SessionMax bound a client session's life.
	SessionIdle time.Duration
	SessionMax  time.Duration
}

// liveSession is a session found live, with its contact, as For read it.
type liveSession struct {
	session model.Session
	contact model.Contact
}

// liveCacheTTL is how long a live session is remembered between requests;
// ending it, or any change to its contact (revoked access above all), drops
// it at once on every instance.
const liveCacheTTL = 10 * time.Second

// New returns the sessions service.
func New(s *store.Store, clk clock.Clock) *Service {
	c := clock.Or(clk)
	svc := &Service{store: s, now: c.Now, live: cache.New[string, liveSession](c, liveCacheTTL, 100_000),
		SessionIdle: 7 * 24 * time.Hour, SessionMax: 30 * 24 * time.Hour}
	s.OnInvalidate(svc.forget)
	return svc
}

// forget drops the cached sessions a committed change touched.
func (s *Service) forget(name string) {
	if name == store.InvalidateAll {
		s.live.Clear()
	} else if id, ok := store.ChangedSession(name); ok {
		s.live.DeleteWhere(func(l liveSession) bool { return l.session.ID == id })
	} else if ws, id, ok := store.ChangedContact(name); ok {
		s.live.DeleteWhere(func(l liveSession) bool { return l.contact.WorkspaceID == ws && l.contact.ID == id })
	}
}
