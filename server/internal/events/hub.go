// Package events records changes and fans them out to live subscribers (the
// owner event stream and the portal pages). Every instance reads the same
// events table; on PostgreSQL a NOTIFY wakes all instances at once.
package events

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
)

// Emit records an event in the caller's transaction.
func Emit(tx *store.Tx, workspaceID, typ string, data map[string]any) error {
	b, err := json.Marshal(data)
	if err != nil {
		return fmt.Errorf("encode event %s: %w", typ, err)
	}
	return tx.Events().Append(&model.Event{WorkspaceID: workspaceID, Type: typ, Data: b, CreatedAt: tx.Now()})
}

// Hub delivers new events to the subscribers of their workspace.
type Hub struct {
	store *store.Store
	wake  chan struct{}
	Poll  time.Duration

	mu     sync.Mutex
	subs   map[string]map[chan model.Event]struct{}
	lastID int64
	closed bool
}

// NewHub returns a hub; call Run to start delivering.
func NewHub(s *store.Store) *Hub {
	return &Hub{store: s, wake: make(chan struct{}, 1), Poll: 2 * time.Second, subs: map[string]map[chan model.Event]struct{}{}}
}

// Subscribe returns a channel of a workspace's new events and its cancel func.
func (h *Hub) Subscribe(workspaceID string) (<-chan model.Event, func()) {
	ch := make(chan model.Event, 256)
	h.mu.Lock()
	if h.closed {
		h.mu.Unlock()
		close(ch)
		return ch, func() {}
	}
	if h.subs[workspaceID] == nil {
		h.subs[workspaceID] = map[chan model.Event]struct{}{}
	}
	h.subs[workspaceID][ch] = struct{}{}
	h.mu.Unlock()
	return ch, func() {
		h.mu.Lock()
		defer h.mu.Unlock()
		if _, ok := h.subs[workspaceID][ch]; !ok {
			return
		}
		delete(h.subs[workspaceID], ch)
		if len(h.subs[workspaceID]) == 0 {
			delete(h.subs, workspaceID)
		}
	}
}

// Close ends every subscription, so open event streams finish and a
// graceful shutdown does not wait for them.
func (h *Hub) Close() {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.closed = true
	for ws, subs := range h.subs {
		for ch := range subs {
			close(ch)
		}
		delete(h.subs, ws)
	}
}

// Notify wakes the hub after a local commit that emitted events.
func (h *Hub) Notify() {
	select {
	case h.wake <- struct{}{}:
	default:
	}
}

// Prime notes where the event log ends, so only later events are delivered;
// call it before Run and before anyone can subscribe.
func (h *Hub) Prime(ctx context.Context) error {
	return h.store.View(ctx, func(tx *store.Tx) (err error) { h.lastID, err = tx.Events().LastID(); return err })
}

// Run delivers events until ctx ends.
func (h *Hub) Run(ctx context.Context) {
	for {
		if err := h.deliver(ctx); err != nil && ctx.Err() == nil {
			slog.Error("event hub", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-h.wake:
		case <-time.After(h.Poll):
		}
	}
}

func (h *Hub) deliver(ctx context.Context) error {
	for {
		var es []model.Event
		err := h.store.View(ctx, func(tx *store.Tx) (err error) { es, err = tx.Events().After(h.lastID, 500); return err })
		if err != nil || len(es) == 0 {
			return err
		}
		h.mu.Lock()
		for _, e := range es {
			for ch := range h.subs[e.WorkspaceID] {
				select {
				case ch <- e:
				default:
					// A stalled subscriber must not hold up the others: end its
					// stream; the client reconnects with Last-Event-ID.
					close(ch)
					delete(h.subs[e.WorkspaceID], ch)
				}
			}
			h.lastID = e.ID
		}
		h.mu.Unlock()
	}
}

// Since returns up to limit events of a workspace after id, oldest first,
// for a stream that reconnects with Last-Event-ID.
func (h *Hub) Since(ctx context.Context, workspaceID string, after int64, limit int) ([]model.Event, error) {
	var es []model.Event
	err := h.store.View(ctx, func(tx *store.Tx) (err error) {
		es, err = tx.Events().ForWorkspace(workspaceID, after, limit)
		return err
	})
	return es, err
}
