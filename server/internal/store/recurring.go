package store

import (
	"gorm.io/gorm/clause"

	"clientportal/server/internal/model"
)

// RecurringInvoices is the repository of recurring invoices and the
// periods they issued.
type RecurringInvoices struct{ db *Tx }

// RecurringInvoices returns the recurring invoices repository.
func (t *Tx) RecurringInvoices() RecurringInvoices { return RecurringInvoices{t} }

// Create saves a new recurring invoice.
func (r RecurringInvoices) Create(ri *model.RecurringInvoice) error {
	ri.CreatedAt, ri.UpdatedAt = r.db.Now(), r.db.Now()
	return notFound(r.db.db.Create(ri).Error, "create recurring invoice")
}

// ByID loads a recurring invoice of the workspace that is not deleted.
func (r RecurringInvoices) ByID(workspaceID, id string) (model.RecurringInvoice, error) {
	var ri model.RecurringInvoice
	err := r.db.db.Where("workspace_id = ? AND id = ? AND deleted_at IS NULL", workspaceID, id).Take(&ri).Error
	return ri, notFound(err, "recurring invoice "+id)
}

// ByIDForUpdate loads it and, on PostgreSQL, locks its row.
func (r RecurringInvoices) ByIDForUpdate(workspaceID, id string) (model.RecurringInvoice, error) {
	q := r.db.db.Where("workspace_id = ? AND id = ? AND deleted_at IS NULL", workspaceID, id)
	if r.db.dialect == "postgres" {
		q = q.Clauses(clause.Locking{Strength: "UPDATE"})
	}
	var ri model.RecurringInvoice
	return ri, notFound(q.Take(&ri).Error, "recurring invoice "+id)
}

// List returns the workspace's recurring invoices, newest first.
func (r RecurringInvoices) List(workspaceID string) ([]model.RecurringInvoice, error) {
	var out []model.RecurringInvoice
	err := r.db.db.Where("workspace_id = ? AND deleted_at IS NULL", workspaceID).Order("created_at DESC, id DESC").Find(&out).Error
	return out, notFound(err, "list recurring invoices")
}

// Update writes the fields in set.
func (r RecurringInvoices) Update(workspaceID, id string, set map[string]any) error {
	set["updated_at"] = r.db.Now()
	err := r.db.db.Model(&model.RecurringInvoice{}).Where("workspace_id = ? AND id = ?", workspaceID, id).Updates(set).Error
	return notFound(err, "update recurring invoice "+id)
}

// AddRun records that a period was issued; first is false when it already was.
func (r RecurringInvoices) AddRun(run model.RecurringRun) (first bool, err error) {
	run.CreatedAt = r.db.Now()
	res := r.db.db.Clauses(clause.OnConflict{DoNothing: true}).Create(&run)
	return res.RowsAffected == 1, notFound(res.Error, "record recurring period")
}

// Runs lists the periods a recurring invoice issued, in order.
func (r RecurringInvoices) Runs(workspaceID, id string) ([]model.RecurringRun, error) {
	var out []model.RecurringRun
	err := r.db.db.Where("workspace_id = ? AND recurring_id = ?", workspaceID, id).Order("period").Find(&out).Error
	return out, notFound(err, "periods of recurring invoice "+id)
}
