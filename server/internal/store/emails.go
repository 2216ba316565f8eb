package store

import (
	"clientportal/server/internal/model"
)

// Emails is the repository of outgoing messages and their delivery status.
type Emails struct{ db *Tx }

// Emails returns the email repository.
func (t *Tx) Emails() Emails { return Emails{t} }

// Create saves a queued message.
func (r Emails) Create(e *model.Email) error {
	return notFound(r.db.db.Create(e).Error, "queue email to "+e.ToAddr)
}

// CreateMany saves many queued messages in batches.
func (r Emails) CreateMany(es []model.Email) error {
	if len(es) == 0 {
		return nil
	}
	return notFound(r.db.db.CreateInBatches(es, 200).Error, "queue emails")
}

// ByID loads one message of a workspace.
func (r Emails) ByID(workspaceID, id string) (model.Email, error) {
	return byID[model.Email](r.db, workspaceID, id, "email")
}

// MarkSent records a delivery.
func (r Emails) MarkSent(id string, attempts int) error {
	now := r.db.Now()
	return notFound(r.db.db.Model(&model.Email{}).Where("id = ?", id).
		Updates(map[string]any{"status": model.EmailSent, "sent_at": now, "error": "", "attempts": attempts}).Error, "mark email sent")
}

// MarkAttempt records a failed try; final marks the message failed for good.
func (r Emails) MarkAttempt(id string, attempts int, errText string, final bool) error {
	status := model.EmailQueued
	if final {
		status = model.EmailFailed
	}
	return notFound(r.db.db.Model(&model.Email{}).Where("id = ?", id).
		Updates(map[string]any{"status": status, "error": errText, "attempts": attempts}).Error, "mark email attempt")
}

// Recent lists the newest messages of a workspace (all workspaces when empty).
func (r Emails) Recent(workspaceID string, limit int) ([]model.Email, error) {
	q := r.db.db.Order("created_at DESC, id DESC").Limit(limit)
	if workspaceID != "" {
		q = q.Where("workspace_id = ?", workspaceID)
	}
	var es []model.Email
	return es, notFound(q.Find(&es).Error, "list emails")
}

// LatestForContacts returns each contact's newest message of a kind.
func (r Emails) LatestForContacts(workspaceID, kind string, contactIDs []string) ([]model.Email, error) {
	var es []model.Email
	err := r.db.db.Where("workspace_id = ? AND kind = ? AND contact_id IN ?", workspaceID, kind, contactIDs).
		Order("created_at DESC").Find(&es).Error
	return es, notFound(err, "latest emails")
}
