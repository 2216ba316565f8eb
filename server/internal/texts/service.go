// Package texts sends text messages (SMS) to contacts: login links and
// codes, through the durable job queue and a provider (Twilio's Messages
// API, or the development outbox), with their delivery state, the
// provider's signed callbacks and a contact's STOP.
package texts

import (
	"net/url"
	"time"

	"clientportal/server/internal/i18n"

	"clientportal/server/internal/jobs"
	"clientportal/server/internal/links"
	"clientportal/server/internal/store"
	"clientportal/server/internal/workspace"
	"clientportal/shared/clock"
)

// Service queues, sends and tracks text messages.
type Service struct {
	store      *store.Store
	workspaces *workspace.Service
	links      *links.Service
	provider   Provider
	baseURL    *url.URL // where the provider posts its callbacks
	now        func() time.Time
	catalog    *i18n.Catalog // the default wording in each contact's language
}

// New returns the texts service; texts leave through p, and the provider
// reports on them at baseURL's /webhooks/sms/status.
func New(s *store.Store, ws *workspace.Service, ls *links.Service, p Provider, baseURL *url.URL, clk clock.Clock) *Service {
	return &Service{store: s, workspaces: ws, links: ls, provider: p, baseURL: baseURL, now: clock.Or(clk).Now}
}

// Register adds the delivery of texts to the queue.
func (s *Service) Register(q *jobs.Queue) {
	q.Handle(JobDeliver, s.deliver)
	q.OnDead(JobDeliver, s.deliveryDied)
	q.Handle(JobLoginCode, s.runLoginCode)
}

// The limits of texts.
const (
	// MaxPerContactHour is how many texts one contact is sent in an hour.
	MaxPerContactHour = 5
	// MaxBatch is how many contacts one login text request may name.
	MaxBatch = 1000
	// DefaultHourlyLimit is a workspace's texts per hour until the owner changes it.
	DefaultHourlyLimit = 500
)

// The paths of the provider's callbacks.
const (
	StatusPath  = "/webhooks/sms/status"
	InboundPath = "/webhooks/sms/inbound"
)

const contactMissing = "This contact does not exist."
