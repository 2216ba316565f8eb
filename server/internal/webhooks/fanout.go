package webhooks

import (
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"time"

	"github.com/google/uuid"

	"clientportal/server/internal/jobs"
	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
)

// Body is what a delivery posts: the event under its own id.
type Body struct {
	ID          string          `json:"id"`
	Type        string          `json:"type"`
	CreatedAt   time.Time       `json:"created_at"`
	WorkspaceID string          `json:"workspace_id"`
	Data        json.RawMessage `json:"data"`
}

// The states of a delivery.
const (
	DeliveryPending   = "pending"
	DeliveryDelivered = "delivered"
	DeliveryFailed    = "failed"
)

type deliverPayload struct {
	DeliveryID string `json:"delivery_id"`
}

// HandleEvents queues, in the caller's transaction, one delivery per
// webhook subscribed to each event (once per webhook and event, however
// often the events are read).
func (s *Service) HandleEvents(tx *store.Tx, es []model.Event) error {
	hooks, err := tx.Webhooks().Live()
	if err != nil || len(hooks) == 0 {
		return err
	}
	byWorkspace := map[string][]Webhook{}
	for _, h := range hooks {
		byWorkspace[h.WorkspaceID] = append(byWorkspace[h.WorkspaceID], decode(h))
	}
	for _, e := range es {
		for _, h := range byWorkspace[e.WorkspaceID] {
			if e.ID <= h.SinceEventID || !wants(h, e) {
				continue
			}
			if err := queueDelivery(tx, h, e); err != nil {
				return err
			}
		}
	}
	return nil
}

// wants reports whether webhook h is sent event e: an event it subscribed
// to, or a workflow's webhook step that names its address.
func wants(h Webhook, e model.Event) bool {
	if e.Type != model.EventWorkflowWebhook {
		return slices.Contains(h.Events, e.Type)
	}
	var d struct {
		URL string `json:"url"`
	}
	return json.Unmarshal(e.Data, &d) == nil && d.URL == h.URL
}

func queueDelivery(tx *store.Tx, h Webhook, e model.Event) error {
	data := json.RawMessage(e.Data)
	if len(data) == 0 {
		data = json.RawMessage("{}")
	}
	body, err := json.Marshal(Body{ID: strconv.FormatInt(e.ID, 10), Type: e.Type, CreatedAt: e.CreatedAt.UTC(), WorkspaceID: e.WorkspaceID, Data: data})
	if err != nil {
		return fmt.Errorf("encode delivery of event %d: %w", e.ID, err)
	}
	now := tx.Now()
	d := model.WebhookDelivery{ID: uuid.NewString(), WorkspaceID: h.WorkspaceID, WebhookID: h.ID, EventID: e.ID, Type: e.Type,
		Body: string(body), State: DeliveryPending, CreatedAt: now, UpdatedAt: now}
	added, err := tx.Webhooks().AddDelivery(&d)
	if err != nil || !added {
		return err
	}
	return enqueue(tx, d)
}

func enqueue(tx *store.Tx, d model.WebhookDelivery) error {
	j, err := jobs.NewJob(d.WorkspaceID, JobDeliver, deliverPayload{DeliveryID: d.ID})
	if err != nil {
		return err
	}
	return jobs.Enqueue(tx, j)
}
