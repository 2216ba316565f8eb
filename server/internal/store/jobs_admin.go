package store

import (
	"errors"
	"fmt"
	"time"

	"clientportal/server/internal/model"
)

// JobRetrying is how a pending job that has failed before is listed; it is
// never stored, the row says pending and keeps its last error.
const JobRetrying = "retrying"

// ErrNotDead is returned by Revive for a job that exists but is not dead.
var ErrNotDead = errors.New("job is not dead")

// Problems lists up to limit jobs an operator may need to look at: pending,
// retrying and dead ones, or only those of state when it is not empty. Jobs
// with a last error come first, the most recent first (when they died, or
// when they are next tried), then the jobs that have not failed yet.
func (r Jobs) Problems(state string, limit int) ([]model.Job, error) {
	q := r.db.db.Model(&model.Job{})
	switch state {
	case "":
		q = q.Where("state IN ?", []string{model.JobPending, model.JobDead})
	case model.JobPending:
		q = q.Where("state = ? AND last_error = ''", model.JobPending)
	case JobRetrying:
		q = q.Where("state = ? AND last_error <> ''", model.JobPending)
	case model.JobDead:
		q = q.Where("state = ?", model.JobDead)
	default:
		return nil, fmt.Errorf("list jobs: unknown state %q", state)
	}
	var jobs []model.Job
	err := q.Order("CASE WHEN last_error = '' THEN 1 ELSE 0 END").Order("COALESCE(finished_at, run_at) DESC").
		Order("id").Limit(limit).Find(&jobs).Error
	if err != nil {
		return nil, fmt.Errorf("list %s jobs: %w", stateOrAll(state), err)
	}
	return jobs, nil
}

func stateOrAll(state string) string {
	if state == "" {
		return "pending, retrying and dead"
	}
	return state
}

// Revive puts a dead job back in the queue, due at now with no attempts
// counted; its last error stays until it runs again. It returns the job as
// it is afterwards; one that is not dead is left alone and comes back with
// ErrNotDead, an unknown id with ErrNotFound.
func (r Jobs) Revive(id string, now time.Time) (model.Job, error) {
	res := r.db.db.Model(&model.Job{}).Where("id = ? AND state = ?", id, model.JobDead).
		Updates(map[string]any{"state": model.JobPending, "attempts": 0, "run_at": now, "finished_at": nil, "locked_until": nil})
	if res.Error != nil {
		return model.Job{}, fmt.Errorf("revive job %s: %w", id, res.Error)
	}
	j, err := r.ByID(id)
	if err != nil {
		return j, err
	}
	if res.RowsAffected == 0 {
		return j, fmt.Errorf("revive job %s, which is %s: %w", id, j.State, ErrNotDead)
	}
	r.db.wake = true
	return j, nil
}

// CountDead is how many jobs are dead, in every workspace.
func (r Jobs) CountDead() (int64, error) {
	var n int64
	if err := r.db.db.Model(&model.Job{}).Where("state = ?", model.JobDead).Count(&n).Error; err != nil {
		return 0, fmt.Errorf("count dead jobs: %w", err)
	}
	return n, nil
}
