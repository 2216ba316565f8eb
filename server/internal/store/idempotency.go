package store

import (
	"errors"
	"time"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"

	"clientportal/server/internal/model"
)

// IdempotencyKeys is the repository of remembered POST answers.
type IdempotencyKeys struct{ db *Tx }

// IdempotencyKeys returns the idempotency repository.
func (t *Tx) IdempotencyKeys() IdempotencyKeys { return IdempotencyKeys{t} }

// Claim records that a request with key started. It returns the existing row
// and false when the key was already claimed.
func (r IdempotencyKeys) Claim(workspaceID, key string, reqHash []byte) (model.IdempotencyKey, bool, error) {
	row := model.IdempotencyKey{WorkspaceID: workspaceID, Key: key, RequestHash: reqHash, Body: []byte{}, CreatedAt: r.db.Now()}
	res := r.db.db.Clauses(clause.OnConflict{DoNothing: true}).Create(&row)
	if res.Error != nil {
		return row, false, notFound(res.Error, "claim idempotency key")
	}
	if res.RowsAffected == 1 {
		return row, true, nil
	}
	var existing model.IdempotencyKey
	err := r.db.db.Where("workspace_id = ? AND key = ?", workspaceID, key).Take(&existing).Error
	if err == nil && existing.Status != 0 {
		existing.Body, err = openAnswer(r.db.sealer, workspaceID, key, existing.Body)
		return existing, false, err
	}
	if err == nil && existing.Status == 0 && existing.CreatedAt.Before(r.db.Now().Add(-2*time.Minute)) {
		// The first request died before it answered: let this one run.
		existing.RequestHash, existing.CreatedAt = reqHash, r.db.Now()
		err = r.db.db.Model(&model.IdempotencyKey{}).Where("workspace_id = ? AND key = ? AND status = 0", workspaceID, key).
			Updates(map[string]any{"request_hash": reqHash, "created_at": existing.CreatedAt}).Error
		return existing, err == nil, notFound(err, "reclaim idempotency key")
	}
	return existing, false, notFound(err, "load idempotency key")
}

// Finish stores the answer of a claimed request, sealed: it may hold a
// link that logs a client in.
func (r IdempotencyKeys) Finish(workspaceID, key string, status int, body []byte) error {
	sealed, err := sealAnswer(r.db.sealer, workspaceID, key, body)
	if err != nil {
		return err
	}
	return notFound(r.db.db.Model(&model.IdempotencyKey{}).Where("workspace_id = ? AND key = ?", workspaceID, key).
		Updates(map[string]any{"status": status, "body": sealed}).Error, "finish idempotency key")
}

// Release forgets a claim whose request failed, so it can be retried.
func (r IdempotencyKeys) Release(workspaceID, key string) error {
	err := r.db.db.Where("workspace_id = ? AND key = ? AND status = 0", workspaceID, key).Delete(&model.IdempotencyKey{}).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return nil
	}
	return err
}

// PurgeBefore deletes keys older than t.
func (r IdempotencyKeys) PurgeBefore(t time.Time) (int64, error) {
	res := r.db.db.Where("created_at < ?", t).Delete(&model.IdempotencyKey{})
	return res.RowsAffected, res.Error
}
