package workflows

import (
	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
	"clientportal/server/internal/workspace"
)

// schedule sets when a scheduled workflow next enrols its contacts: the
// cron fields are read in the workspace's time zone (UTC when it has none);
// other triggers have no time.
func (s *Service) schedule(tx *store.Tx, w *model.Workflow, t Trigger) error {
	w.NextScheduledAt = nil
	if t.Schedule == "" {
		return nil
	}
	c, err := parseCron(t.Schedule)
	if err != nil {
		return err
	}
	ws, err := tx.Workspaces().ByID(w.WorkspaceID)
	if err != nil {
		return err
	}
	if next := c.next(s.now().In(workspace.Location(ws))); !next.IsZero() {
		next = next.UTC()
		w.NextScheduledAt = &next
	}
	return nil
}

// Reschedule moves the next slot of each scheduled workflow of the
// workspace to its time zone, after the zone changed.
func (s *Service) Reschedule(tx *store.Tx, workspaceID string) error {
	ws, err := tx.Workflows().List(workspaceID)
	if err != nil {
		return err
	}
	for _, w := range ws {
		cur, err := decode(w, nil)
		if err != nil || cur.Trigger.Schedule == "" {
			continue
		}
		if err := s.schedule(tx, &w, cur.Trigger); err != nil {
			return err
		}
		if err := tx.Workflows().Update(workspaceID, w.ID, map[string]any{"next_scheduled_at": w.NextScheduledAt}); err != nil {
			return err
		}
	}
	return nil
}
