package store

import (
	"time"

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

// MarkSent records a delivery; forget drops the message's text and HTML,
// which hold one-click links and codes that must not outlive the sending.
func (r Emails) MarkSent(id string, attempts int, forget bool) error {
	set := map[string]any{"status": model.EmailSent, "sent_at": r.db.Now(), "error": "", "attempts": attempts}
	if forget {
		set["text_body"], set["html_body"], set["attachment"] = "", "", nil
	}
	return notFound(r.db.db.Model(&model.Email{}).Where("id = ?", id).Updates(set).Error, "mark email sent")
}

// ForgetFailedBefore drops the text, HTML and attachment of messages that
// failed for good and were made before t, and returns how many it changed.
func (r Emails) ForgetFailedBefore(t time.Time) (int64, error) {
	res := r.db.db.Model(&model.Email{}).
		Where("status = ? AND created_at < ? AND (text_body <> '' OR html_body <> '' OR attachment IS NOT NULL)", model.EmailFailed, t).
		Updates(map[string]any{"text_body": "", "html_body": "", "attachment": nil})
	return res.RowsAffected, notFound(res.Error, "forget failed emails")
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
