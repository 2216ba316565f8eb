// Package workflows runs the owner's automations: a trigger (an event about
// a contact, a schedule, or the owner's hand) enrols contacts, once per
// trigger, in runs that go through the steps (waits, conditions, emails with
// custom values, webhooks, notices) as durable jobs on the queue.
package workflows

import (
	"time"

	"clientportal/server/internal/i18n"
	"clientportal/server/internal/jobs"
	"clientportal/server/internal/links"
	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
	"clientportal/server/internal/texts"
	"clientportal/shared/clock"
)

// Service saves workflows, enrols contacts and runs their steps.
type Service struct {
	store *store.Store
	links *links.Service
	texts *texts.Service
	docs  DocumentSender // nil: send_document steps are refused
	// catalog gives a saved email template's default wording in the
	// contact's language (nil: English).
	catalog *i18n.Catalog
	now     func() time.Time
	wake    chan struct{}
	// followers are told, in the same transaction, of each batch of events read.
	followers []func(tx *store.Tx, es []model.Event) error
	// Poll is how often the event log is read when nothing wakes the service.
	Poll time.Duration
}

// New returns the workflows service; login links in its emails come from
// ls, and its texts go out through ts.
func New(s *store.Store, ls *links.Service, ts *texts.Service, clk clock.Clock) *Service {
	return &Service{store: s, links: ls, texts: ts, now: clock.Or(clk).Now, wake: make(chan struct{}, 1), Poll: time.Second}
}

// UseCatalog makes email steps that name a saved template use its wording
// in each contact's language.
func (s *Service) UseCatalog(c *i18n.Catalog) { s.catalog = c }

// JobStep is the job kind that does a run's next steps.
const JobStep = "workflow.step"

// Register adds the job of workflow steps to the queue.
func (s *Service) Register(q *jobs.Queue) {
	q.Handle(JobStep, s.runStep)
}

// OnEvents adds fn to what reads each batch of events, in the transaction
// that moves the place in the log past them (webhooks queue deliveries so).
func (s *Service) OnEvents(fn func(tx *store.Tx, es []model.Event) error) {
	s.followers = append(s.followers, fn)
}

const workflowMissing = "This workflow does not exist."
