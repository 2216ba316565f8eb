package store

import "clientportal/server/internal/model"

// DocumentTemplates is the repository of document templates and their bulk sends.
type DocumentTemplates struct{ db *Tx }

// DocumentTemplates returns the repository of document templates.
func (t *Tx) DocumentTemplates() DocumentTemplates { return DocumentTemplates{t} }

// Create saves a new template.
func (r DocumentTemplates) Create(tp *model.DocumentTemplate) error {
	return notFound(r.db.db.Create(tp).Error, "create document template")
}

// ByID loads a template of the workspace.
func (r DocumentTemplates) ByID(workspaceID, id string) (model.DocumentTemplate, error) {
	return byID[model.DocumentTemplate](r.db, workspaceID, id, "document template")
}

// List returns the workspace's templates, newest first.
func (r DocumentTemplates) List(workspaceID string) ([]model.DocumentTemplate, error) {
	var ts []model.DocumentTemplate
	err := r.db.db.Where("workspace_id = ?", workspaceID).Order("created_at DESC, id DESC").Limit(500).Find(&ts).Error
	return ts, notFound(err, "list document templates")
}

// Delete removes a template of the workspace; documents made from it stay.
func (r DocumentTemplates) Delete(workspaceID, id string) error {
	res := r.db.db.Where("workspace_id = ? AND id = ?", workspaceID, id).Delete(&model.DocumentTemplate{})
	if res.Error == nil && res.RowsAffected == 0 {
		return notFound(ErrNotFound, "document template "+id)
	}
	return notFound(res.Error, "delete document template "+id)
}

// CreateBatch saves a bulk send and its items.
func (r DocumentTemplates) CreateBatch(b *model.DocumentBatch, items []model.DocumentBatchItem) error {
	if err := r.db.db.Create(b).Error; err != nil {
		return notFound(err, "create document batch")
	}
	return notFound(r.db.db.CreateInBatches(items, 200).Error, "create document batch items")
}

// Batch loads a bulk send of the workspace.
func (r DocumentTemplates) Batch(workspaceID, id string) (model.DocumentBatch, error) {
	return byID[model.DocumentBatch](r.db, workspaceID, id, "document batch")
}

// BatchItems returns a bulk send's items, by contact.
func (r DocumentTemplates) BatchItems(workspaceID, batchID string) ([]model.DocumentBatchItem, error) {
	var is []model.DocumentBatchItem
	err := r.db.db.Where("workspace_id = ? AND batch_id = ?", workspaceID, batchID).Order("contact_id").Find(&is).Error
	return is, notFound(err, "items of document batch "+batchID)
}

// BatchItem loads one item of a bulk send.
func (r DocumentTemplates) BatchItem(workspaceID, batchID, contactID string) (model.DocumentBatchItem, error) {
	var it model.DocumentBatchItem
	err := r.db.db.Where("workspace_id = ? AND batch_id = ? AND contact_id = ?", workspaceID, batchID, contactID).Take(&it).Error
	return it, notFound(err, "item of document batch "+batchID)
}

// SaveBatchItem records what became of one item.
func (r DocumentTemplates) SaveBatchItem(it model.DocumentBatchItem) error {
	it.UpdatedAt = r.db.Now()
	err := r.db.db.Model(&model.DocumentBatchItem{}).Where("workspace_id = ? AND batch_id = ? AND contact_id = ?", it.WorkspaceID, it.BatchID, it.ContactID).
		Updates(map[string]any{"document_id": it.DocumentID, "status": it.Status, "error": it.Error, "updated_at": it.UpdatedAt}).Error
	return notFound(err, "save item of document batch "+it.BatchID)
}
