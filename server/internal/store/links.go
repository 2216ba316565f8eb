package store

import (
	"time"

	"gorm.io/gorm/clause"

	"clientportal/server/internal/model"
)

// LoginLinks is the repository of one-time login links and codes.
type LoginLinks struct{ db *Tx }

// LoginLinks returns the login link repository.
func (t *Tx) LoginLinks() LoginLinks { return LoginLinks{t} }

// Create saves a link (hashes only).
func (r LoginLinks) Create(l *model.LoginLink) error {
	return notFound(r.db.db.Create(l).Error, "create login link")
}

// CreateMany saves many links in batches.
func (r LoginLinks) CreateMany(ls []model.LoginLink) error {
	return notFound(r.db.db.CreateInBatches(ls, 200).Error, "create login links")
}

// ByTokenHash finds a link in the workspace whatever its state.
func (r LoginLinks) ByTokenHash(workspaceID string, hash []byte) (model.LoginLink, error) {
	var l model.LoginLink
	err := r.db.db.Where("workspace_id = ? AND token_hash = ?", workspaceID, hash).Take(&l).Error
	return l, notFound(err, "login link")
}

// Use marks a live link used; it reports false when it was used, expired or revoked.
func (r LoginLinks) Use(id string, now time.Time) (bool, error) {
	res := r.db.db.Model(&model.LoginLink{}).Where("id = ? AND used_at IS NULL AND expires_at > ?", id, now).Update("used_at", now)
	return res.RowsAffected == 1, notFound(res.Error, "use login link")
}

// NewestWithCode is a contact's newest link that carries a code, if it is
// unexpired and unused: a code guess is compared with that one only.
func (r LoginLinks) NewestWithCode(workspaceID, contactID string, now time.Time) (model.LoginLink, bool, error) {
	q := r.db.db.Where("workspace_id = ? AND contact_id = ? AND code_hash IS NOT NULL", workspaceID, contactID)
	if r.db.dialect == "postgres" {
		// Parallel guesses wait for each other, so each one counts (SQLite's
		// write transactions are serial already).
		q = q.Clauses(clause.Locking{Strength: "UPDATE"})
	}
	var ls []model.LoginLink
	if err := q.Order("created_at DESC, id DESC").Limit(1).Find(&ls).Error; err != nil {
		return model.LoginLink{}, false, notFound(err, "newest link with code")
	}
	if len(ls) == 0 || ls[0].UsedAt != nil || !ls[0].ExpiresAt.After(now) {
		return model.LoginLink{}, false, nil
	}
	return ls[0], true, nil
}

// CodesSince counts the codes a contact was sent since t.
func (r LoginLinks) CodesSince(workspaceID, contactID string, t time.Time) (int64, error) {
	var n int64
	err := r.db.db.Model(&model.LoginLink{}).Where("workspace_id = ? AND contact_id = ? AND code_hash IS NOT NULL AND created_at >= ?",
		workspaceID, contactID, t).Count(&n).Error
	return n, notFound(err, "count codes")
}

// CountAttempt adds a wrong code try; at max the code is burnt (the link's
// button keeps working, so guessing cannot lock a client out).
func (r LoginLinks) CountAttempt(id string, max int) error {
	err := r.db.db.Exec(`UPDATE login_links SET code_attempts = code_attempts + 1,
		code_hash = CASE WHEN code_attempts + 1 >= ? THEN NULL ELSE code_hash END WHERE id = ?`, max, id).Error
	return notFound(err, "count code attempt")
}

// RevokeForContact ends every live link of a contact.
func (r LoginLinks) RevokeForContact(workspaceID, contactID string, now time.Time) error {
	return notFound(r.db.db.Model(&model.LoginLink{}).Where("workspace_id = ? AND contact_id = ? AND used_at IS NULL", workspaceID, contactID).
		Update("used_at", now).Error, "revoke links")
}

// PurgeExpired deletes links that expired before t.
func (r LoginLinks) PurgeExpired(t time.Time) (int64, error) {
	res := r.db.db.Where("expires_at < ?", t).Delete(&model.LoginLink{})
	return res.RowsAffected, notFound(res.Error, "purge links")
}
