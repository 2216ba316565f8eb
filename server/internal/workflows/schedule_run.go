package workflows

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
)

// runSchedules enrols, for each scheduled workflow that is due, every
// contact its filter matches (once per contact and slot, however often this
// runs), and sets the workflow's next slot; a slot missed while the server
// was down is run when it is back, once. It returns how many it ran.
func (s *Service) runSchedules(ctx context.Context) (int, error) {
	n := 0
	err := s.store.InTx(ctx, func(tx *store.Tx) error {
		due, err := tx.Workflows().DueSchedules(s.now())
		if err != nil {
			return err
		}
		for _, w := range due {
			if err := s.runSlot(tx, w); err != nil {
				return err
			}
		}
		n = len(due)
		return nil
	})
	return n, err
}

func (s *Service) runSlot(tx *store.Tx, w model.Workflow) error {
	var t Trigger
	if err := json.Unmarshal([]byte(w.TriggerJSON), &t); err != nil {
		return fmt.Errorf("decode trigger of workflow %s: %w", w.ID, err)
	}
	key := "schedule:" + w.NextScheduledAt.UTC().Format(time.RFC3339)
	f := model.ContactFilter{Limit: 500}
	for {
		cs, err := tx.Contacts().List(w.WorkspaceID, f)
		if err != nil {
			return err
		}
		for _, c := range cs {
			if c.AccessRevokedAt != nil || !matches(c, t.Filter) {
				continue
			}
			if _, err := enrol(tx, w, c.ID, key, 0); err != nil {
				return err
			}
		}
		if len(cs) < f.Limit {
			break
		}
		last := cs[len(cs)-1]
		f.After = &model.ContactCursor{CreatedAt: last.CreatedAt, ID: last.ID}
	}
	if err := s.schedule(tx, &w, t); err != nil {
		return err
	}
	return tx.Workflows().Update(w.WorkspaceID, w.ID, map[string]any{"next_scheduled_at": w.NextScheduledAt})
}
