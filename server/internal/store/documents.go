package store

import (
	"gorm.io/gorm/clause"

	"clientportal/server/internal/model"
)

// Documents is the repository of documents sent for signature and their audit trails.
type Documents struct{ db *Tx }

// Documents returns the document repository.
func (t *Tx) Documents() Documents { return Documents{t} }

// Create saves a new document.
func (r Documents) Create(d *model.Document) error {
	return notFound(r.db.db.Create(d).Error, "create document")
}

// ByID loads a document of the workspace.
func (r Documents) ByID(workspaceID, id string) (model.Document, error) {
	return byID[model.Document](r.db, workspaceID, id, "document")
}

// ByIDForUpdate loads a document and, on PostgreSQL, locks its row until the
// transaction ends.
func (r Documents) ByIDForUpdate(workspaceID, id string) (model.Document, error) {
	q := r.db.db.Where("workspace_id = ? AND id = ?", workspaceID, id)
	if r.db.dialect == "postgres" {
		q = q.Clauses(clause.Locking{Strength: "UPDATE"})
	}
	var d model.Document
	return d, notFound(q.Take(&d).Error, "document "+id)
}

// ByFinalSHA256 finds the document whose final copy has this SHA-256, in any workspace.
func (r Documents) ByFinalSHA256(sha string) (model.Document, error) {
	var d model.Document
	err := r.db.db.Where("final_sha256 = ? AND final_sha256 <> ''", sha).Take(&d).Error
	return d, notFound(err, "document by final copy")
}

// List returns the workspace's documents matching f.
func (r Documents) List(workspaceID string, f model.DocumentFilter) ([]model.Document, error) {
	q := r.db.db.Where("workspace_id = ?", workspaceID)
	if f.Status != "" {
		q = q.Where("status = ?", f.Status)
	}
	if f.SignerID != "" {
		q = q.Where("id IN (?)", r.db.db.Table("document_signers").Select("document_id").
			Where("workspace_id = ? AND contact_id = ?", workspaceID, f.SignerID))
	}
	if len(f.NotStatus) > 0 {
		q = q.Where("status NOT IN ?", f.NotStatus)
	}
	if f.Limit > 0 {
		q = q.Limit(f.Limit)
	}
	var ds []model.Document
	return ds, notFound(q.Order("created_at DESC, id DESC").Find(&ds).Error, "list documents")
}

// SentTo lists the documents a contact is a signer of (every status but
// draft), each with that signer's own status: those waiting for their
// signature first, then the rest, newest first. It loads only the columns a
// list of them shows.
func (r Documents) SentTo(workspaceID, contactID string, limit int) ([]model.SignerDocument, error) {
	var ds []model.SignerDocument
	err := r.db.db.Raw(`SELECT d.id, d.workspace_id, d.title, d.status, d.signer_contact_id, d.sent_at, d.created_at, d.expires_at,
			s.status AS signer_status, s.position AS signer_position
		FROM documents d JOIN document_signers s ON s.workspace_id = d.workspace_id AND s.document_id = d.id
		WHERE d.workspace_id = ? AND s.contact_id = ? AND d.status <> ?
		ORDER BY CASE WHEN d.status IN ? AND s.status IN ? THEN 0 ELSE 1 END, d.created_at DESC, d.id DESC LIMIT ?`,
		workspaceID, contactID, model.DocDraft, []string{model.DocSent, model.DocViewed, model.DocPartiallySigned},
		[]string{model.SignerSent, model.SignerViewed}, limit).Scan(&ds).Error
	return ds, notFound(err, "documents sent to contact "+contactID)
}

// Transition updates a document only while its status is one of from; it
// reports whether this call made the change, so two racing requests cannot
// both move a document on.
func (r Documents) Transition(workspaceID, id string, from []string, set map[string]any) (bool, error) {
	set["updated_at"] = r.db.Now()
	res := r.db.db.Model(&model.Document{}).Where("workspace_id = ? AND id = ? AND status IN ?", workspaceID, id, from).Updates(set)
	return res.RowsAffected == 1, notFound(res.Error, "update document "+id)
}

// AddAudit appends a line to a document's audit trail.
func (r Documents) AddAudit(a *model.DocumentAudit) error {
	return notFound(r.db.db.Create(a).Error, "audit document "+a.DocumentID)
}

// Audit returns a document's audit trail, oldest first.
func (r Documents) Audit(workspaceID, documentID string) ([]model.DocumentAudit, error) {
	var as []model.DocumentAudit
	err := r.db.db.Where("workspace_id = ? AND document_id = ?", workspaceID, documentID).Order("id").Find(&as).Error
	return as, notFound(err, "audit of document "+documentID)
}

// Disclosure returns the workspace's consent text for electronic signatures,
// or "" when the owner has not written one.
func (r Documents) Disclosure(workspaceID string) (string, error) {
	var texts []string
	err := r.db.db.Table("document_settings").Where("workspace_id = ?", workspaceID).Pluck("disclosure", &texts).Error
	if err != nil || len(texts) == 0 {
		return "", notFound(err, "document settings")
	}
	return texts[0], nil
}

// SaveDisclosure stores the workspace's consent text.
func (r Documents) SaveDisclosure(workspaceID, text string) error {
	row := map[string]any{"workspace_id": workspaceID, "disclosure": text, "updated_at": r.db.Now()}
	err := r.db.db.Table("document_settings").Clauses(clause.OnConflict{Columns: []clause.Column{{Name: "workspace_id"}},
		DoUpdates: clause.AssignmentColumns([]string{"disclosure", "updated_at"})}).Create(row).Error
	return notFound(err, "save document settings")
}

// OwnerEmails lists the email addresses of the workspace's owners.
func (r Documents) OwnerEmails(workspaceID string) ([]string, error) {
	var emails []string
	err := r.db.db.Model(&model.Owner{}).Where("workspace_id = ?", workspaceID).Order("created_at").Pluck("email", &emails).Error
	return emails, notFound(err, "owners")
}
