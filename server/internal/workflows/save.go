package workflows

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/google/uuid"

	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
)

// Create checks and saves a workflow; only events after it start it.
func (s *Service) Create(ctx context.Context, workspaceID string, in Input) (Workflow, error) {
	var out Workflow
	err := s.store.InTx(ctx, func(tx *store.Tx) error {
		if err := s.check(tx, workspaceID, in.Name, in.Trigger, in.Steps); err != nil {
			return err
		}
		since, err := tx.Events().LastID()
		if err != nil {
			return err
		}
		now := s.now()
		w := model.Workflow{ID: uuid.NewString(), WorkspaceID: workspaceID, Name: strings.TrimSpace(in.Name), Enabled: in.Enabled,
			SinceEventID: since, CreatedAt: now, UpdatedAt: now}
		if err := encode(&w, in.Trigger, in.Steps); err != nil {
			return err
		}
		if err := s.schedule(tx, &w, in.Trigger); err != nil {
			return err
		}
		if err := tx.Workflows().Create(&w); err != nil {
			return err
		}
		out, err = decode(w, nil)
		return err
	})
	return out, err
}

// check validates a workflow against the workspace's contact fields.
func (s *Service) check(tx *store.Tx, workspaceID, name string, t Trigger, steps []Step) error {
	fs, err := tx.ContactFields().List(workspaceID)
	if err != nil {
		return err
	}
	keys := make([]string, len(fs))
	for i, f := range fs {
		keys[i] = f.Key
	}
	c := newChecker(keys, t, s.now())
	c.name(name)
	c.trigger(t)
	c.steps("steps", steps)
	if err := s.checkRefs(tx, workspaceID, "steps", steps, c.v); err != nil {
		return err
	}
	return c.v.Err()
}

func encode(w *model.Workflow, t Trigger, steps []Step) error {
	tb, err := json.Marshal(t)
	if err != nil {
		return fmt.Errorf("encode workflow trigger: %w", err)
	}
	sb, err := json.Marshal(steps)
	if err != nil {
		return fmt.Errorf("encode workflow steps: %w", err)
	}
	w.TriggerJSON, w.StepsJSON = string(tb), string(sb)
	return nil
}

func decode(w model.Workflow, counts map[string]int) (Workflow, error) {
	out := Workflow{ID: w.ID, Name: w.Name, Enabled: w.Enabled, Counts: counts, CreatedAt: w.CreatedAt, UpdatedAt: w.UpdatedAt}
	if err := json.Unmarshal([]byte(w.TriggerJSON), &out.Trigger); err != nil {
		return out, fmt.Errorf("decode trigger of workflow %s: %w", w.ID, err)
	}
	if err := json.Unmarshal([]byte(w.StepsJSON), &out.Steps); err != nil {
		return out, fmt.Errorf("decode steps of workflow %s: %w", w.ID, err)
	}
	return out, nil
}

// Get loads one workflow with its run counts.
func (s *Service) Get(ctx context.Context, workspaceID, id string) (Workflow, error) {
	var out Workflow
	err := s.store.View(ctx, func(tx *store.Tx) error {
		w, err := tx.Workflows().ByID(workspaceID, id)
		if err != nil {
			return err
		}
		counts, err := tx.Workflows().RunCounts(workspaceID)
		if err != nil {
			return err
		}
		out, err = decode(w, counts[w.ID])
		return err
	})
	return out, store.Missing(err, workflowMissing)
}

// List returns the workspace's workflows with their run counts.
func (s *Service) List(ctx context.Context, workspaceID string) ([]Workflow, error) {
	var out []Workflow
	err := s.store.View(ctx, func(tx *store.Tx) error {
		ws, err := tx.Workflows().List(workspaceID)
		if err != nil {
			return err
		}
		counts, err := tx.Workflows().RunCounts(workspaceID)
		if err != nil {
			return err
		}
		for _, w := range ws {
			d, err := decode(w, counts[w.ID])
			if err != nil {
				return err
			}
			out = append(out, d)
		}
		return nil
	})
	return out, err
}

// Update renames, pauses, resumes or rewrites a workflow. Paused, its
// waiting runs stay waiting; resumed, they go on where they were. New
// steps apply to runs that start afterwards.
func (s *Service) Update(ctx context.Context, workspaceID, id string, ch Change) (Workflow, error) {
	var out Workflow
	err := s.store.InTx(ctx, func(tx *store.Tx) error {
		w, err := tx.Workflows().ByID(workspaceID, id)
		if err != nil {
			return err
		}
		cur, err := decode(w, nil)
		if err != nil {
			return err
		}
		next := cur
		if ch.Name != nil {
			next.Name = strings.TrimSpace(*ch.Name)
		}
		if ch.Trigger != nil {
			next.Trigger = *ch.Trigger
		}
		if ch.Steps != nil {
			next.Steps = ch.Steps
		}
		if ch.Enabled != nil {
			next.Enabled = *ch.Enabled
		}
		if err := s.check(tx, workspaceID, next.Name, next.Trigger, next.Steps); err != nil {
			return err
		}
		if err := s.save(tx, w, next, ch.Trigger != nil); err != nil {
			return err
		}
		if next.Enabled && !cur.Enabled {
			if err := s.resume(tx, workspaceID, id); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return out, store.Missing(err, workflowMissing)
	}
	return s.Get(ctx, workspaceID, id)
}

func (s *Service) save(tx *store.Tx, w model.Workflow, next Workflow, newTrigger bool) error {
	w.Name, w.Enabled = next.Name, next.Enabled
	if err := encode(&w, next.Trigger, next.Steps); err != nil {
		return err
	}
	if newTrigger {
		if err := s.schedule(tx, &w, next.Trigger); err != nil {
			return err
		}
	}
	return tx.Workflows().Update(w.WorkspaceID, w.ID, map[string]any{"name": w.Name, "enabled": w.Enabled,
		"trigger_json": w.TriggerJSON, "steps_json": w.StepsJSON, "next_scheduled_at": w.NextScheduledAt})
}

// resume queues a job for each waiting run of a resumed workflow, due when
// its wait ends (or now, when it ended while paused).
func (s *Service) resume(tx *store.Tx, workspaceID, id string) error {
	runs, err := tx.Workflows().Waiting(workspaceID, id)
	if err != nil {
		return err
	}
	for _, r := range runs {
		if err := enqueueStep(tx, r, laterOf(r.WakeAt, s.now())); err != nil {
			return err
		}
	}
	return nil
}

// Delete removes a workflow and cancels its waiting runs; its run history stays.
func (s *Service) Delete(ctx context.Context, workspaceID, id string) error {
	err := s.store.InTx(ctx, func(tx *store.Tx) error {
		if _, err := tx.Workflows().ByID(workspaceID, id); err != nil {
			return err
		}
		if err := tx.Workflows().Update(workspaceID, id, map[string]any{"deleted_at": s.now(), "enabled": false}); err != nil {
			return err
		}
		_, err := tx.Workflows().CancelWaiting(workspaceID, id, "")
		return err
	})
	return store.Missing(err, workflowMissing)
}
