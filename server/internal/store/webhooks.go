package store

import (
	"fmt"

	"gorm.io/gorm/clause"

	"clientportal/server/internal/model"
	"clientportal/server/internal/secure"
)

// purposeWebhookSecret is what webhook signing secrets are sealed for.
const purposeWebhookSecret = "webhook-secret"

// Webhooks is the repository of the workspace's webhooks and their deliveries.
type Webhooks struct{ db *Tx }

// Webhooks returns the webhook repository.
func (t *Tx) Webhooks() Webhooks { return Webhooks{t} }

// Create saves a webhook, its secret sealed to its workspace.
func (r Webhooks) Create(w *model.Webhook) error {
	row := *w
	b, err := r.db.sealer.Seal(purposeWebhookSecret, []byte(w.Secret), []byte(w.WorkspaceID+"\x00"+w.ID))
	if err != nil {
		return fmt.Errorf("seal the secret of webhook %s: %w", w.ID, err)
	}
	row.Secret = string(b)
	return notFound(r.db.db.Create(&row).Error, "create webhook")
}

// ByID loads a webhook of the workspace that is not deleted, its secret opened.
func (r Webhooks) ByID(workspaceID, id string) (model.Webhook, error) {
	var w model.Webhook
	err := r.db.db.Where("workspace_id = ? AND id = ? AND deleted_at IS NULL", workspaceID, id).Take(&w).Error
	if err != nil {
		return w, notFound(err, "webhook "+id)
	}
	return w, r.open(&w)
}

func (r Webhooks) open(w *model.Webhook) error {
	if !secure.IsSealed([]byte(w.Secret)) {
		return nil
	}
	b, err := r.db.sealer.Open(purposeWebhookSecret, []byte(w.Secret), []byte(w.WorkspaceID+"\x00"+w.ID))
	if err != nil {
		return fmt.Errorf("the secret of webhook %s cannot be opened: %w", w.ID, err)
	}
	w.Secret = string(b)
	return nil
}

// List returns the workspace's webhooks, oldest first, secrets left out.
func (r Webhooks) List(workspaceID string) ([]model.Webhook, error) {
	var ws []model.Webhook
	err := r.db.db.Omit("secret").Where("workspace_id = ? AND deleted_at IS NULL", workspaceID).Order("created_at, id").Find(&ws).Error
	return ws, notFound(err, "list webhooks")
}

// Live returns every webhook not deleted, of every workspace, secrets left out.
func (r Webhooks) Live() ([]model.Webhook, error) {
	var ws []model.Webhook
	err := r.db.db.Omit("secret").Where("deleted_at IS NULL").Find(&ws).Error
	return ws, notFound(err, "live webhooks")
}

// Delete marks a webhook deleted; its deliveries stay readable.
func (r Webhooks) Delete(workspaceID, id string) error {
	res := r.db.db.Model(&model.Webhook{}).Where("workspace_id = ? AND id = ? AND deleted_at IS NULL", workspaceID, id).Update("deleted_at", r.db.Now())
	if res.Error == nil && res.RowsAffected == 0 {
		return notFound(errRecordNotFound(), "webhook "+id)
	}
	return notFound(res.Error, "delete webhook")
}

// AddDelivery saves a delivery unless the webhook has one for the event;
// it reports whether this call added it.
func (r Webhooks) AddDelivery(d *model.WebhookDelivery) (bool, error) {
	res := r.db.db.Clauses(clause.OnConflict{Columns: []clause.Column{{Name: "webhook_id"}, {Name: "event_id"}}, DoNothing: true}).Create(d)
	return res.RowsAffected == 1, notFound(res.Error, "add webhook delivery")
}

// Delivery loads a delivery of the workspace.
func (r Webhooks) Delivery(workspaceID, id string) (model.WebhookDelivery, error) {
	return byID[model.WebhookDelivery](r.db, workspaceID, id, "webhook delivery")
}

// UpdateDelivery saves changed columns of a delivery.
func (r Webhooks) UpdateDelivery(workspaceID, id string, fields map[string]any) error {
	fields["updated_at"] = r.db.Now()
	return notFound(r.db.db.Model(&model.WebhookDelivery{}).Where("workspace_id = ? AND id = ?", workspaceID, id).Updates(fields).Error, "update webhook delivery")
}

// Deliveries lists a webhook's deliveries, newest first.
func (r Webhooks) Deliveries(workspaceID, webhookID string, limit int) ([]model.WebhookDelivery, error) {
	var ds []model.WebhookDelivery
	err := r.db.db.Omit("body").Where("workspace_id = ? AND webhook_id = ?", workspaceID, webhookID).
		Order("created_at DESC, event_id DESC").Limit(limit).Find(&ds).Error
	return ds, notFound(err, "list webhook deliveries")
}
