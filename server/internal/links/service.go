// Package links lets clients in without a password: magic links, the
// one-click links of emails (documents, invoices, messages), 6-digit login
// codes, login emails one at a time or in bulk, and the purge of expired links.
package links

import (
	"time"

	"clientportal/server/internal/i18n"
	"clientportal/server/internal/jobs"
	"clientportal/server/internal/sessions"
	"clientportal/server/internal/store"
	"clientportal/server/internal/workspace"
	"clientportal/shared/clock"
)

// Service makes, sends and uses login links and codes.
type Service struct {
	store      *store.Store
	workspaces *workspace.Service
	sessions   *sessions.Service
	now        func() time.Time
	catalog    *i18n.Catalog // the invitation and login emails in each contact's language
}

// UseCatalog gives the service the catalogue its emails are written from
// (without one they are English).
func (s *Service) UseCatalog(c *i18n.Catalog) { s.catalog = c }

// New returns the links service; a used link or code starts its session
// through ss.
func New(s *store.Store, ws *workspace.Service, ss *sessions.Service, clk clock.Clock) *Service {
	return &Service{store: s, workspaces: ws, sessions: ss, now: clock.Or(clk).Now}
}

// Register adds the jobs of login emails, link requests and purges to the queue.
func (s *Service) Register(q *jobs.Queue) {
	q.Handle(JobLoginEmails, s.runLoginEmailBatch)
	q.Handle(JobPurgeLinks, s.runPurgeLinks)
	q.Handle(JobLoginLinkRequest, s.runLoginLinkRequest)
}

// The limits of login links and codes.
const (
	MaxCodeAttempts = 6
	// MaxCodesPerDay is how many login codes one contact is sent in 24 hours;
	// later emails carry the link alone.
	MaxCodesPerDay  = 10
	MaxBulkContacts = 10000
	CodeDigits      = 6
)

const contactMissing = "This contact does not exist."
