// Package contacts keeps a workspace's clients: adding and listing them,
// inviting them into the portal, and revoking their access.
package contacts

import (
	"time"

	"clientportal/server/internal/links"
	"clientportal/server/internal/store"
	"clientportal/shared/clock"
)

// Service adds, lists, invites and shuts out contacts.
type Service struct {
	store *store.Store
	links *links.Service
	now   func() time.Time
}

// New returns the contacts service; invitations are emailed through ls.
func New(s *store.Store, ls *links.Service, clk clock.Clock) *Service {
	return &Service{store: s, links: ls, now: clock.Or(clk).Now}
}

const contactMissing = "This contact does not exist."
