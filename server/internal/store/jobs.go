package store

import (
	"fmt"
	"time"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"

	"clientportal/server/internal/model"
)

// Jobs is the repository of the durable job queue. Claiming uses
// FOR UPDATE SKIP LOCKED on PostgreSQL, so several instances share the work;
// SQLite serialises writers, which gives the same guarantee on one machine.
type Jobs struct{ db *Tx }

// Jobs returns the job queue repository.
func (t *Tx) Jobs() Jobs { return Jobs{t} }

// Enqueue saves jobs, due now unless their RunAt says otherwise; one whose UniqueKey is already queued is skipped.
func (r Jobs) Enqueue(jobs ...model.Job) error {
	if len(jobs) == 0 {
		return nil
	}
	now := r.db.Now()
	for i := range jobs {
		if jobs[i].RunAt.IsZero() {
			jobs[i].RunAt = now
		}
		if jobs[i].CreatedAt.IsZero() {
			jobs[i].CreatedAt = now
		}
	}
	err := r.db.db.Clauses(clause.OnConflict{Columns: []clause.Column{{Name: "unique_key"}}, DoNothing: true}).CreateInBatches(jobs, 200).Error
	r.db.wake = true
	return notFound(err, "enqueue jobs")
}

// Claim locks up to n ready jobs for lease and counts the attempt.
func (r Jobs) Claim(n int, lease time.Duration, kinds []string) ([]model.Job, error) {
	now := r.db.Now()
	lock := ""
	if r.db.dialect == "postgres" {
		lock = " FOR UPDATE SKIP LOCKED"
	}
	var jobs []model.Job
	err := r.db.db.Raw(`UPDATE jobs SET attempts = attempts + 1, locked_until = ? WHERE id IN (
		SELECT id FROM jobs WHERE state = ? AND run_at <= ? AND (locked_until IS NULL OR locked_until < ?) AND kind IN ?
		ORDER BY run_at LIMIT ?`+lock+`) RETURNING *`,
		now.Add(lease), model.JobPending, now, now, kinds, n).Scan(&jobs).Error
	if err != nil {
		return nil, fmt.Errorf("claim jobs: %w", err)
	}
	return jobs, nil
}

// Release hands claimed jobs that did not start back to the queue at once,
// the claim's attempt not counted.
func (r Jobs) Release(ids []string) error {
	if len(ids) == 0 {
		return nil
	}
	return notFound(r.db.db.Model(&model.Job{}).Where("id IN ? AND state = ?", ids, model.JobPending).
		Updates(map[string]any{"locked_until": nil, "attempts": gorm.Expr("attempts - 1")}).Error, "release jobs")
}

// Complete marks a job done.
func (r Jobs) Complete(id string) error {
	return notFound(r.db.db.Model(&model.Job{}).Where("id = ?", id).
		Updates(map[string]any{"state": model.JobDone, "finished_at": r.db.Now(), "locked_until": nil, "last_error": ""}).Error, "complete job")
}

// Retry records a failure and schedules the next attempt at runAt, or marks
// the job dead when dead is true.
func (r Jobs) Retry(id, errText string, runAt time.Time, dead bool) error {
	up := map[string]any{"locked_until": nil, "last_error": errText, "run_at": runAt}
	if dead {
		up["state"] = model.JobDead
		up["finished_at"] = r.db.Now()
	}
	return notFound(r.db.db.Model(&model.Job{}).Where("id = ?", id).Updates(up).Error, "retry job")
}

// ByID loads one job.
func (r Jobs) ByID(id string) (model.Job, error) {
	var j model.Job
	return j, notFound(r.db.db.Where("id = ?", id).Take(&j).Error, "job "+id)
}

// PurgeFinishedBefore deletes done and dead jobs older than t.
func (r Jobs) PurgeFinishedBefore(t time.Time) (int64, error) {
	res := r.db.db.Where("state <> ? AND finished_at < ?", model.JobPending, t).Delete(&model.Job{})
	return res.RowsAffected, res.Error
}
