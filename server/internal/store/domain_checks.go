package store

import (
	"time"

	"clientportal/server/internal/model"
)

// DueForCheck lists up to n domains, of every workspace, whose DNS proof is
// due to be checked at now, the longest waiting first (the re-check job's
// sweep; each result is then saved scoped by workspace with RecordCheck).
func (r Domains) DueForCheck(now time.Time, n int) ([]model.Domain, error) {
	var ds []model.Domain
	err := r.db.db.Where("next_check_at IS NOT NULL AND next_check_at <= ?", now).Order("next_check_at, id").Limit(n).Find(&ds).Error
	return ds, notFound(err, "domains due for a check")
}

// ByID loads one workspace's domain by id.
func (r Domains) ByID(workspaceID, id string) (model.Domain, error) {
	var d model.Domain
	err := r.db.db.Where("workspace_id = ? AND id = ?", workspaceID, id).Take(&d).Error
	return d, notFound(err, "domain "+id)
}

// RecordCheck saves the outcome of a DNS check of d: when it was verified,
// checked and next due, what the resolver said and since when it fails.
// Verifying a host another workspace holds verified is ErrConflict.
func (r Domains) RecordCheck(d model.Domain) error {
	r.db.invalidate(WorkspaceChanged(d.WorkspaceID))
	res := r.db.db.Model(&model.Domain{}).Where("workspace_id = ? AND id = ?", d.WorkspaceID, d.ID).Updates(map[string]any{
		"verified_at": d.VerifiedAt, "checked_at": d.CheckedAt, "check_result": d.CheckResult,
		"failing_since": d.FailingSince, "next_check_at": d.NextCheckAt,
	})
	if res.Error == nil && res.RowsAffected == 0 {
		return notFound(errRecordNotFound(), "domain "+d.Host)
	}
	return notFound(res.Error, "record the check of domain "+d.Host)
}

// CountUnverified counts the claims whose DNS proof has not been seen, and
// names up to n of their hosts.
func (r Domains) CountUnverified(n int) (int64, []string, error) {
	var count int64
	q := r.db.db.Model(&model.Domain{}).Where("verified_at IS NULL")
	if err := q.Count(&count).Error; err != nil {
		return 0, nil, notFound(err, "count unverified domains")
	}
	var hosts []string
	err := r.db.db.Model(&model.Domain{}).Where("verified_at IS NULL").Order("host").Limit(n).Pluck("host", &hosts).Error
	return count, hosts, notFound(err, "list unverified domains")
}
