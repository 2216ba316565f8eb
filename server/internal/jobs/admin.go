package jobs

import (
	"context"
	"errors"
	"fmt"
	"slices"

	"clientportal/server/internal/apperr"
	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
)

// ProblemStates are the states an operator may list jobs by.
var ProblemStates = []string{model.JobPending, store.JobRetrying, model.JobDead}

// MaxProblems is the most jobs one listing returns.
const MaxProblems = 1000

// State is how a job is shown to an operator: pending, retrying (pending
// after a failure), dead or done.
func State(j model.Job) string {
	if j.State == model.JobPending && j.LastError != "" {
		return store.JobRetrying
	}
	return j.State
}

// Problems lists up to limit pending, retrying and dead jobs, those with a
// last error first and the most recent first; state narrows it to one of
// ProblemStates, "" lists them all.
func (q *Queue) Problems(ctx context.Context, state string, limit int) ([]model.Job, error) {
	v := apperr.Validation{}
	if state != "" && !slices.Contains(ProblemStates, state) {
		v.Add("state", "use pending, retrying or dead")
	}
	if limit < 1 || limit > MaxProblems {
		v.Add("limit", fmt.Sprintf("use a number from 1 to %d", MaxProblems))
	}
	if err := v.Err(); err != nil {
		return nil, err
	}
	var js []model.Job
	err := q.store.View(ctx, func(tx *store.Tx) (err error) { js, err = tx.Jobs().Problems(state, limit); return err })
	return js, err
}

// Revive puts the dead job id back in the queue, due now with its attempts
// reset and its last error kept until it runs again. Any other job, or an
// unknown id, is refused and nothing changes.
func (q *Queue) Revive(ctx context.Context, id string) (model.Job, error) {
	var j model.Job
	err := q.store.InTx(ctx, func(tx *store.Tx) (err error) { j, err = tx.Jobs().Revive(id, tx.Now()); return err })
	switch {
	case errors.Is(err, store.ErrNotFound):
		return model.Job{}, apperr.NotFoundf("No job has the id %q; nothing was changed.", id)
	case errors.Is(err, store.ErrNotDead):
		return model.Job{}, apperr.New(apperr.Conflict, "Job %s is %s, not dead; only a dead job can be retried, so nothing was changed.", id, State(j))
	}
	return j, err
}

// DeadCount is how many jobs are dead and wait for an operator.
func (q *Queue) DeadCount(ctx context.Context) (int64, error) {
	var n int64
	err := q.store.View(ctx, func(tx *store.Tx) (err error) { n, err = tx.Jobs().CountDead(); return err })
	return n, err
}
