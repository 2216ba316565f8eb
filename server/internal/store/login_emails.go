package store

import (
	"clientportal/server/internal/model"
)

// LoginEmailRequests is the repository of per-contact bulk login email status.
type LoginEmailRequests struct{ db *Tx }

// LoginEmailRequests returns the repository.
func (t *Tx) LoginEmailRequests() LoginEmailRequests { return LoginEmailRequests{t} }

// CreateMany saves the requests of a batch.
func (r LoginEmailRequests) CreateMany(rs []model.LoginEmailRequest) error {
	return notFound(r.db.db.CreateInBatches(rs, 500).Error, "save login email requests")
}

// Pending lists up to n requests of a batch not yet turned into emails.
func (r LoginEmailRequests) Pending(workspaceID, batchID string, n int) ([]model.LoginEmailRequest, error) {
	var rs []model.LoginEmailRequest
	err := r.db.db.Where("workspace_id = ? AND batch_id = ? AND status = 'pending'", workspaceID, batchID).Order("id").Limit(n).Find(&rs).Error
	return rs, notFound(err, "pending login emails")
}

// SetEmail records the email made for a request.
func (r LoginEmailRequests) SetEmail(id, emailID string) error {
	return notFound(r.db.db.Model(&model.LoginEmailRequest{}).Where("id = ?", id).
		Updates(map[string]any{"email_id": emailID, "status": "queued"}).Error, "link login email")
}

// Fail records why a request could not be sent.
func (r LoginEmailRequests) Fail(id, why string) error {
	return notFound(r.db.db.Model(&model.LoginEmailRequest{}).Where("id = ?", id).
		Updates(map[string]any{"status": "failed", "error": why}).Error, "fail login email")
}

// Batch lists the status of every request of a batch.
func (r LoginEmailRequests) Batch(workspaceID, batchID string) ([]model.LoginEmailStatus, error) {
	var out []model.LoginEmailStatus
	err := r.db.db.Raw(`SELECT r.contact_id, r.status, r.error, e.status AS email_status, e.error AS email_error
		FROM login_email_requests r LEFT JOIN emails e ON e.id = r.email_id
		WHERE r.workspace_id = ? AND r.batch_id = ? ORDER BY r.created_at, r.id`, workspaceID, batchID).Scan(&out).Error
	return out, notFound(err, "login email batch")
}
