// Package emailtemplates holds the owner's wording of the invitation and
// login emails: the merge fields they may use, the defaults, checking and
// saving a template, and merging one for a contact (for a preview or a send).
package emailtemplates

import (
	"time"

	"clientportal/server/internal/store"
	"clientportal/server/internal/workspace"
	"clientportal/shared/clock"
)

// Service reads, saves and previews the owner's email templates.
type Service struct {
	store      *store.Store
	workspaces *workspace.Service
	now        func() time.Time
}

// New returns the email templates service.
func New(s *store.Store, ws *workspace.Service, clk clock.Clock) *Service {
	return &Service{store: s, workspaces: ws, now: clock.Or(clk).Now}
}

const contactMissing = "This contact does not exist."
