package store

import (
	"gorm.io/gorm/clause"

	"clientportal/server/internal/model"
)

// Invoices is the repository of invoices, their lines and number sequences.
type Invoices struct{ db *Tx }

// Invoices returns the invoice repository.
func (t *Tx) Invoices() Invoices { return Invoices{t} }

// Create saves a new invoice with its lines.
func (r Invoices) Create(inv *model.Invoice, lines []model.InvoiceLine) error {
	if err := r.db.db.Create(inv).Error; err != nil {
		return notFound(err, "create invoice")
	}
	return r.saveLines(lines)
}

func (r Invoices) saveLines(lines []model.InvoiceLine) error {
	if len(lines) == 0 {
		return nil
	}
	return notFound(r.db.db.Create(&lines).Error, "save invoice lines")
}

// ReplaceDraft overwrites a draft invoice and its lines; it reports false
// when the invoice is no longer a draft.
func (r Invoices) ReplaceDraft(inv *model.Invoice, lines []model.InvoiceLine) (bool, error) {
	inv.UpdatedAt = r.db.Now()
	res := r.db.db.Model(&model.Invoice{}).Where("workspace_id = ? AND id = ? AND status = ?", inv.WorkspaceID, inv.ID, model.InvoiceDraft).
		Select("contact_id", "currency", "issue_date", "due_date", "notes", "payment_url", "subtotal_minor", "tax_minor", "total_minor", "updated_at").
		Updates(inv)
	if res.Error != nil || res.RowsAffected != 1 {
		return false, notFound(res.Error, "update invoice "+inv.ID)
	}
	if err := r.db.db.Where("workspace_id = ? AND invoice_id = ?", inv.WorkspaceID, inv.ID).Delete(&model.InvoiceLine{}).Error; err != nil {
		return false, notFound(err, "replace invoice lines")
	}
	return true, r.saveLines(lines)
}

// ByID loads an invoice of the workspace.
func (r Invoices) ByID(workspaceID, id string) (model.Invoice, error) {
	return byID[model.Invoice](r.db, workspaceID, id, "invoice")
}

// ByIDForUpdate loads an invoice and, on PostgreSQL, locks its row.
func (r Invoices) ByIDForUpdate(workspaceID, id string) (model.Invoice, error) {
	q := r.db.db.Where("workspace_id = ? AND id = ?", workspaceID, id)
	if r.db.dialect == "postgres" {
		q = q.Clauses(clause.Locking{Strength: "UPDATE"})
	}
	var inv model.Invoice
	return inv, notFound(q.Take(&inv).Error, "invoice "+id)
}

// Lines returns an invoice's lines in order.
func (r Invoices) Lines(workspaceID, invoiceID string) ([]model.InvoiceLine, error) {
	var ls []model.InvoiceLine
	err := r.db.db.Where("workspace_id = ? AND invoice_id = ?", workspaceID, invoiceID).Order("position").Find(&ls).Error
	return ls, notFound(err, "lines of invoice "+invoiceID)
}

// List returns the workspace's invoices matching f, newest first.
func (r Invoices) List(workspaceID string, f model.InvoiceFilter) ([]model.Invoice, error) {
	q := r.db.db.Where("workspace_id = ?", workspaceID)
	if f.ContactID != "" {
		q = q.Where("contact_id = ?", f.ContactID)
	}
	if len(f.Statuses) > 0 {
		q = q.Where("status IN ?", f.Statuses)
	}
	if f.Limit > 0 {
		q = q.Limit(f.Limit)
	}
	var out []model.Invoice
	return out, notFound(q.Order("created_at DESC, id DESC").Find(&out).Error, "list invoices")
}

// CountUnpaid counts a contact's issued, unpaid invoices.
func (r Invoices) CountUnpaid(workspaceID, contactID string) (int, error) {
	var n int64
	err := r.db.db.Model(&model.Invoice{}).Where("workspace_id = ? AND contact_id = ? AND status IN ?", workspaceID, contactID, model.PayableStatuses).Count(&n).Error
	return int(n), notFound(err, "count unpaid invoices")
}

// Transition updates an invoice only while its status is one of from and
// reports whether this call made the change.
func (r Invoices) Transition(workspaceID, id string, from []string, set map[string]any) (bool, error) {
	set["updated_at"] = r.db.Now()
	res := r.db.db.Model(&model.Invoice{}).Where("workspace_id = ? AND id = ? AND status IN ?", workspaceID, id, from).Updates(set)
	return res.RowsAffected == 1, notFound(res.Error, "update invoice "+id)
}

// NextNumber takes the workspace's next invoice number (1, 2, …) in the
// caller's transaction; numbers are never reused.
func (r Invoices) NextNumber(workspaceID string) (int64, error) {
	err := r.db.db.Exec(`INSERT INTO invoice_sequences (workspace_id, last_number) VALUES (?, 0) ON CONFLICT (workspace_id) DO NOTHING`, workspaceID).Error
	if err != nil {
		return 0, notFound(err, "start invoice numbers")
	}
	var n int64
	err = r.db.db.Raw(`UPDATE invoice_sequences SET last_number = last_number + 1 WHERE workspace_id = ? RETURNING last_number`, workspaceID).Scan(&n).Error
	return n, notFound(err, "next invoice number")
}
