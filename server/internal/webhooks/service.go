// Package webhooks posts the workspace's events to the owner's addresses,
// signed with HMAC-SHA256, through the job queue: retried with backoff for
// more than a day, each event under the same id however often it is tried,
// and never to an address inside the server's network unless allowed.
package webhooks

import (
	"net/http"
	"time"

	"clientportal/server/internal/jobs"
	"clientportal/server/internal/store"
	"clientportal/shared/api"
	"clientportal/shared/clock"
)

// Service saves webhooks and delivers their events.
type Service struct {
	store        *store.Store
	now          func() time.Time
	allowPrivate bool
	client       *http.Client
}

// New returns the webhooks service; allowPrivate lets it post to loopback
// and private addresses.
func New(s *store.Store, allowPrivate bool, clk clock.Clock) *Service {
	svc := &Service{store: s, now: clock.Or(clk).Now, allowPrivate: allowPrivate}
	svc.client = newClient(allowPrivate)
	return svc
}

// JobDeliver is the job kind that posts one delivery.
const JobDeliver = "webhook.deliver"

// Timeout is how long a receiver has to answer one delivery.
const Timeout = 10 * time.Second

// Register adds the delivery job to the queue.
func (s *Service) Register(q *jobs.Queue) {
	q.HandleSettled(JobDeliver, s.deliver)
}

// Events are the event types a webhook may subscribe to (the list the owner
// API and the desktop app share).
var Events = api.WebhookEvents

const webhookMissing = "This webhook does not exist."
