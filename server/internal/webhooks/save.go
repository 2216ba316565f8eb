package webhooks

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/google/uuid"

	"clientportal/server/internal/apperr"
	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
)

// Webhook is a saved webhook and the events it is sent.
type Webhook struct {
	model.Webhook
	Events []string
}

// Create checks and saves a webhook; the returned Secret is its signing
// secret, shown this once. Only events after it are sent to it.
func (s *Service) Create(ctx context.Context, workspaceID, rawURL string, events []string) (Webhook, error) {
	v := apperr.Validation{}
	if why := s.checkURL(ctx, strings.TrimSpace(rawURL)); why != "" {
		v.Add("url", why)
	}
	if len(events) == 0 {
		v.Add("events", "Name at least one event, like contact.joined.")
	}
	for _, e := range events {
		if !slices.Contains(Events, e) {
			v.Add("events", fmt.Sprintf("Unknown event %q; use %s.", e, strings.Join(Events, ", ")))
		}
	}
	if err := v.Err(); err != nil {
		return Webhook{}, err
	}
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return Webhook{}, fmt.Errorf("webhook secret: %w", err)
	}
	ev, _ := json.Marshal(events)
	w := model.Webhook{ID: uuid.NewString(), WorkspaceID: workspaceID, URL: strings.TrimSpace(rawURL), EventsJSON: string(ev),
		Secret: "whsec_" + hex.EncodeToString(b), CreatedAt: s.now()}
	err := s.store.InTx(ctx, func(tx *store.Tx) (err error) {
		if w.SinceEventID, err = tx.Events().LastID(); err != nil {
			return err
		}
		return tx.Webhooks().Create(&w)
	})
	return Webhook{Webhook: w, Events: events}, err
}

// List returns the workspace's webhooks, without their secrets.
func (s *Service) List(ctx context.Context, workspaceID string) ([]Webhook, error) {
	var out []Webhook
	err := s.store.View(ctx, func(tx *store.Tx) error {
		ws, err := tx.Webhooks().List(workspaceID)
		for _, w := range ws {
			out = append(out, decode(w))
		}
		return err
	})
	return out, err
}

func decode(w model.Webhook) Webhook {
	out := Webhook{Webhook: w}
	_ = json.Unmarshal([]byte(w.EventsJSON), &out.Events)
	out.Secret = ""
	return out
}

// Delete stops a webhook; deliveries not yet made are dropped.
func (s *Service) Delete(ctx context.Context, workspaceID, id string) error {
	err := s.store.InTx(ctx, func(tx *store.Tx) error { return tx.Webhooks().Delete(workspaceID, id) })
	return store.Missing(err, webhookMissing)
}

// Deliveries lists a webhook's last deliveries, newest first.
func (s *Service) Deliveries(ctx context.Context, workspaceID, id string) ([]model.WebhookDelivery, error) {
	var out []model.WebhookDelivery
	err := s.store.View(ctx, func(tx *store.Tx) error {
		if _, err := tx.Webhooks().ByID(workspaceID, id); err != nil {
			return err
		}
		var err error
		out, err = tx.Webhooks().Deliveries(workspaceID, id, 200)
		return err
	})
	return out, store.Missing(err, webhookMissing)
}
