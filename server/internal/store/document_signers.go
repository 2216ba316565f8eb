package store

import "clientportal/server/internal/model"

// DocumentSigners is the repository of the signers of documents.
type DocumentSigners struct{ db *Tx }

// DocumentSigners returns the repository of document signers.
func (t *Tx) DocumentSigners() DocumentSigners { return DocumentSigners{t} }

// Create saves the signers of a new document.
func (r DocumentSigners) Create(ss []model.DocumentSigner) error {
	if len(ss) == 0 {
		return nil
	}
	return notFound(r.db.db.Create(&ss).Error, "create document signers")
}

// Of returns a document's signers in the order of their positions.
func (r DocumentSigners) Of(workspaceID, documentID string) ([]model.DocumentSigner, error) {
	var ss []model.DocumentSigner
	err := r.db.db.Where("workspace_id = ? AND document_id = ?", workspaceID, documentID).Order("position").Find(&ss).Error
	return ss, notFound(err, "signers of document "+documentID)
}

// OfDocuments returns the signers of several documents, by document id.
func (r DocumentSigners) OfDocuments(workspaceID string, documentIDs []string) (map[string][]model.DocumentSigner, error) {
	out := map[string][]model.DocumentSigner{}
	if len(documentIDs) == 0 {
		return out, nil
	}
	var ss []model.DocumentSigner
	err := r.db.db.Where("workspace_id = ? AND document_id IN ?", workspaceID, documentIDs).Order("document_id, position").Find(&ss).Error
	for _, s := range ss {
		out[s.DocumentID] = append(out[s.DocumentID], s)
	}
	return out, notFound(err, "signers of documents")
}

// Transition updates one signer only while its status is one of from, and
// reports whether this call made the change.
func (r DocumentSigners) Transition(workspaceID, documentID string, position int, from []string, set map[string]any) (bool, error) {
	set["updated_at"] = r.db.Now()
	res := r.db.db.Model(&model.DocumentSigner{}).
		Where("workspace_id = ? AND document_id = ? AND position = ? AND status IN ?", workspaceID, documentID, position, from).Updates(set)
	return res.RowsAffected == 1, notFound(res.Error, "update signer of document "+documentID)
}
