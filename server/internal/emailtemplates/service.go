// Package emailtemplates holds the owner's wording of the invitation and
// login emails: the merge fields they may use, the defaults, checking and
// saving a template, and merging one for a contact (for a preview or a send).
package emailtemplates

import (
	"time"

	"clientportal/server/internal/i18n"
	"clientportal/server/internal/store"
	"clientportal/server/internal/workspace"
	"clientportal/shared/clock"
)

// Service reads, saves and previews the owner's email templates.
type Service struct {
	store      *store.Store
	workspaces *workspace.Service
	now        func() time.Time
	catalog    *i18n.Catalog // the default wording in each language
}

// New returns the email templates service.
func New(s *store.Store, ws *workspace.Service, clk clock.Clock) *Service {
	return &Service{store: s, workspaces: ws, now: clock.Or(clk).Now}
}

// UseCatalog gives the service the catalogue its default wording in each
// language comes from (without one, every default is English).
func (s *Service) UseCatalog(c *i18n.Catalog) { s.catalog = c }

const contactMissing = "This contact does not exist."
