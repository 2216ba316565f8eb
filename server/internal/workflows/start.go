package workflows

import (
	"context"
	"slices"

	"github.com/google/uuid"

	"clientportal/server/internal/apperr"
	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
)

// MaxStart is how many contacts one manual start may name.
const MaxStart = 10000

// Start enrols the named contacts in a manual workflow, one run each.
func (s *Service) Start(ctx context.Context, workspaceID, id string, contactIDs []string) ([]Run, error) {
	if len(contactIDs) == 0 || len(contactIDs) > MaxStart {
		return nil, apperr.Validation{"contact_ids": "Name 1 to 10,000 contacts to start the workflow for."}.Err()
	}
	var out []Run
	err := s.store.InTx(ctx, func(tx *store.Tx) error {
		w, err := tx.Workflows().ByID(workspaceID, id)
		if err != nil {
			return err
		}
		cur, err := decode(w, nil)
		if err != nil {
			return err
		}
		if !cur.Trigger.Manual {
			return apperr.New(apperr.Conflict, "This workflow starts on its trigger, not by hand; only a manual workflow can be started.")
		}
		if !w.Enabled {
			return apperr.New(apperr.Conflict, "This workflow is paused; resume it first.")
		}
		found, err := tx.Contacts().ExistingIDs(workspaceID, contactIDs)
		if err != nil {
			return err
		}
		for _, cid := range contactIDs {
			if !slices.Contains(found, cid) {
				return apperr.Validation{"contact_ids": "There is no contact " + cid + "."}.Err()
			}
		}
		key := "manual:" + uuid.NewString()
		for _, cid := range contactIDs {
			if _, err := enrol(tx, w, cid, key, 0); err != nil {
				return err
			}
		}
		out, err = s.runsOf(tx, workspaceID, id, "", len(contactIDs), func(r model.WorkflowRun) bool { return r.RunKey == key })
		return err
	})
	return out, store.Missing(err, workflowMissing)
}
