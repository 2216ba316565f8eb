package store

import "clientportal/server/internal/model"

// PastDue returns up to limit invoices, of every workspace, that still wait
// for money after their due date (before day, YYYY-MM-DD) and are not yet
// marked overdue, oldest due first.
func (r Invoices) PastDue(day string, limit int) ([]model.Invoice, error) {
	var out []model.Invoice
	err := r.db.db.Where("overdue_at IS NULL AND status IN ('issued', 'partially_paid') AND due_date <> '' AND due_date < ?", day).
		Order("due_date, id").Limit(limit).Find(&out).Error
	return out, notFound(err, "invoices past due")
}

// MarkOverdue records when an invoice was found overdue; it reports false
// when it already was, so the overdue event is recorded once.
func (r Invoices) MarkOverdue(workspaceID, id string) (bool, error) {
	res := r.db.db.Model(&model.Invoice{}).Where("workspace_id = ? AND id = ? AND overdue_at IS NULL", workspaceID, id).
		Update("overdue_at", r.db.Now())
	return res.RowsAffected == 1, notFound(res.Error, "mark invoice "+id+" overdue")
}
