package workflows

import (
	"context"

	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
)

// Run is one contact's way through a workflow, with its step log.
type Run struct {
	model.WorkflowRun
	Steps []model.WorkflowRunStep
}

// Runs lists a workflow's runs, newest first, of one contact when contactID is set.
func (s *Service) Runs(ctx context.Context, workspaceID, id, contactID string) ([]Run, error) {
	var out []Run
	err := s.store.View(ctx, func(tx *store.Tx) error {
		if _, err := tx.Workflows().AnyByID(workspaceID, id); err != nil {
			return err
		}
		var err error
		out, err = s.runsOf(tx, workspaceID, id, contactID, 500, nil)
		return err
	})
	return out, store.Missing(err, workflowMissing)
}

func (s *Service) runsOf(tx *store.Tx, workspaceID, id, contactID string, limit int, keep func(model.WorkflowRun) bool) ([]Run, error) {
	rs, err := tx.Workflows().Runs(workspaceID, id, contactID, limit)
	if err != nil {
		return nil, err
	}
	ids := make([]string, 0, len(rs))
	for _, r := range rs {
		ids = append(ids, r.ID)
	}
	steps, err := tx.Workflows().Steps(workspaceID, ids)
	if err != nil {
		return nil, err
	}
	out := []Run{}
	for _, r := range rs {
		if keep == nil || keep(r) {
			out = append(out, Run{WorkflowRun: r, Steps: steps[r.ID]})
		}
	}
	return out, nil
}
