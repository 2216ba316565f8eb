package workflows

import (
	"time"

	"github.com/google/uuid"

	"clientportal/server/internal/jobs"
	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
)

// stepPayload names the run a step job is for and the job's number: a job
// whose number the run has moved past does nothing.
type stepPayload struct {
	RunID string `json:"run_id"`
	Seq   int    `json:"seq"`
}

// enrol starts a run of w for a contact unless one exists for the key; it
// reports whether it started one. The first steps are a job due now.
func enrol(tx *store.Tx, w model.Workflow, contactID, key string, eventID int64) (bool, error) {
	now := tx.Now()
	r := model.WorkflowRun{ID: uuid.NewString(), WorkspaceID: w.WorkspaceID, WorkflowID: w.ID, ContactID: contactID, RunKey: key,
		TriggerEventID: eventID, StepsJSON: w.StepsJSON, State: model.RunWaiting, WakeAt: &now, CreatedAt: now, UpdatedAt: now}
	added, err := tx.Workflows().AddRun(&r)
	if err != nil || !added {
		return false, err
	}
	return true, enqueueStep(tx, r, now)
}

// enqueueStep queues the job that does a run's next steps at runAt.
func enqueueStep(tx *store.Tx, r model.WorkflowRun, runAt time.Time) error {
	j, err := jobs.NewJob(r.WorkspaceID, JobStep, stepPayload{RunID: r.ID, Seq: r.Seq})
	if err != nil {
		return err
	}
	j.RunAt = runAt
	return jobs.Enqueue(tx, j)
}

// laterOf is the later of at (when set) and now.
func laterOf(at *time.Time, now time.Time) time.Time {
	if at != nil && at.After(now) {
		return *at
	}
	return now
}
