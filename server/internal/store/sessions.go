package store

import (
	"time"

	"clientportal/server/internal/model"
)

// Sessions is the repository of signed-in client browsers.
type Sessions struct{ db *Tx }

// Sessions returns the session repository.
func (t *Tx) Sessions() Sessions { return Sessions{t} }

// Create saves a session (its token hash only).
func (r Sessions) Create(s *model.Session) error {
	return notFound(r.db.db.Create(s).Error, "create session")
}

// Live finds an unrevoked, unexpired session of the workspace by token hash.
func (r Sessions) Live(workspaceID string, hash []byte, now time.Time) (model.Session, error) {
	var s model.Session
	err := r.db.db.Where("workspace_id = ? AND token_hash = ? AND revoked_at IS NULL AND expires_at > ?", workspaceID, hash, now).Take(&s).Error
	return s, notFound(err, "session")
}

// Touch records activity, keeping the idle timer fresh.
func (r Sessions) Touch(id string, now time.Time) error {
	return notFound(r.db.db.Model(&model.Session{}).Where("id = ?", id).Update("last_seen_at", now).Error, "touch session")
}

// Revoke ends one session.
func (r Sessions) Revoke(workspaceID, id string, now time.Time) error {
	return notFound(r.db.db.Model(&model.Session{}).Where("workspace_id = ? AND id = ? AND revoked_at IS NULL", workspaceID, id).
		Update("revoked_at", now).Error, "revoke session")
}

// RevokeForContact ends every session of a contact ("log out everywhere").
func (r Sessions) RevokeForContact(workspaceID, contactID string, now time.Time) error {
	return notFound(r.db.db.Model(&model.Session{}).Where("workspace_id = ? AND contact_id = ? AND revoked_at IS NULL", workspaceID, contactID).
		Update("revoked_at", now).Error, "revoke sessions")
}
