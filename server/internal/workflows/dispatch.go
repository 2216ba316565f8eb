package workflows

import (
	"context"
	"encoding/json"
	"log/slog"
	"strconv"
	"time"

	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
)

// Notify wakes the follower after a commit that recorded events.
func (s *Service) Notify() {
	select {
	case s.wake <- struct{}{}:
	default:
	}
}

// Follow reads the event log and the schedules until ctx ends, enrolling
// contacts in the workflows their events and schedules start.
func (s *Service) Follow(ctx context.Context) {
	for {
		for {
			n, err := s.Dispatch(ctx)
			if err != nil && ctx.Err() == nil {
				slog.Error("workflows", "err", err)
			}
			if err != nil || n == 0 {
				break
			}
		}
		select {
		case <-ctx.Done():
			return
		case <-s.wake:
		case <-time.After(s.Poll):
		}
	}
}

// dispatchBatch is how many events one transaction reads.
const dispatchBatch = 500

// Dispatch reads the next events after the workflows' place in the log, in
// one transaction with that place, and starts a run for each workflow an
// event triggers (once per workflow, event and contact, however often this
// runs); it also cancels the waiting runs of contacts whose access was
// revoked, and enrols the contacts of schedules that are due. It returns
// how many events and schedules it handled.
func (s *Service) Dispatch(ctx context.Context) (int, error) {
	n := 0
	err := s.store.InTx(ctx, func(tx *store.Tx) error {
		after, err := tx.Workflows().Cursor()
		if err != nil {
			return err
		}
		es, err := tx.Events().After(after, dispatchBatch)
		if err != nil || len(es) == 0 {
			return err
		}
		wfs, err := s.eventWorkflows(tx)
		if err != nil {
			return err
		}
		for _, e := range es {
			if err := s.handleEvent(tx, wfs[e.WorkspaceID+" "+triggerType(e)], e); err != nil {
				return err
			}
		}
		for _, f := range s.followers {
			if err := f(tx, es); err != nil {
				return err
			}
		}
		n = len(es)
		return tx.Workflows().SetCursor(es[len(es)-1].ID)
	})
	if err != nil {
		return 0, err
	}
	due, err := s.runSchedules(ctx)
	return n + due, err
}

// eventWorkflows are the enabled event-triggered workflows, by workspace and event.
func (s *Service) eventWorkflows(tx *store.Tx) (map[string][]model.Workflow, error) {
	all, err := tx.Workflows().Enabled()
	if err != nil {
		return nil, err
	}
	out := map[string][]model.Workflow{}
	for _, w := range all {
		var t Trigger
		if json.Unmarshal([]byte(w.TriggerJSON), &t) != nil || t.Event == "" {
			continue
		}
		out[w.WorkspaceID+" "+t.Event] = append(out[w.WorkspaceID+" "+t.Event], w)
	}
	return out, nil
}

func (s *Service) handleEvent(tx *store.Tx, wfs []model.Workflow, e model.Event) error {
	var data struct {
		ContactID string `json:"contact_id"`
	}
	if err := json.Unmarshal(e.Data, &data); err != nil || data.ContactID == "" {
		return nil // not about one contact
	}
	if e.Type == model.EventContactAccessRevoked {
		_, err := tx.Workflows().CancelWaiting(e.WorkspaceID, "", data.ContactID)
		return err
	}
	for _, w := range wfs {
		if e.ID <= w.SinceEventID {
			continue
		}
		if _, err := enrol(tx, w, data.ContactID, "event:"+strconv.FormatInt(e.ID, 10), e.ID); err != nil {
			return err
		}
	}
	return nil
}

// triggerType is the trigger an event answers to: a client's message is
// message.received, and the last lesson of a course done is course.completed.
func triggerType(e model.Event) string {
	var d struct {
		Author             string `json:"author"`
		Completed, Lessons int
	}
	switch e.Type {
	case model.EventMessageCreated:
		if json.Unmarshal(e.Data, &d) == nil && d.Author != model.AuthorOwner {
			return "message.received"
		}
	case "lesson.completed":
		if json.Unmarshal(e.Data, &d) == nil && d.Lessons > 0 && d.Completed == d.Lessons {
			return "course.completed"
		}
	}
	return e.Type
}
