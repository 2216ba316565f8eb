package store

import (
	"errors"

	"gorm.io/gorm/clause"

	"clientportal/server/internal/model"
)

// SigningKeys is the repository of the workspaces' document-signing certificates.
type SigningKeys struct{ db *Tx }

// SigningKeys returns the signing key repository.
func (t *Tx) SigningKeys() SigningKeys { return SigningKeys{t} }

// Get loads the workspace's signing key; ok is false when it has none yet.
func (r SigningKeys) Get(workspaceID string) (k model.SigningKey, ok bool, err error) {
	err = r.db.db.Where("workspace_id = ?", workspaceID).Take(&k).Error
	if errors.Is(notFound(err, ""), ErrNotFound) {
		return k, false, nil
	}
	return k, err == nil, notFound(err, "signing key")
}

// Create saves a first key; a key another request saved first wins and this
// one is dropped, so every final copy of a workspace has the same certificate.
func (r SigningKeys) Create(k *model.SigningKey) error {
	err := r.db.db.Clauses(clause.OnConflict{Columns: []clause.Column{{Name: "workspace_id"}}, DoNothing: true}).Create(k).Error
	return notFound(err, "create signing key")
}

// Replace stores the owner's own certificate instead of the current one.
func (r SigningKeys) Replace(k *model.SigningKey) error {
	err := r.db.db.Clauses(clause.OnConflict{Columns: []clause.Column{{Name: "workspace_id"}},
		DoUpdates: clause.AssignmentColumns([]string{"kind", "cert_pem", "key_pem", "subject", "not_after", "updated_at"})}).Create(k).Error
	return notFound(err, "replace signing key")
}

// BySubject lists the keys, in any workspace, whose certificate has this
// common name; verification compares their certificates with a signature's.
func (r SigningKeys) BySubject(commonName string) ([]model.SigningKey, error) {
	var ks []model.SigningKey
	return ks, notFound(r.db.db.Where("subject = ?", commonName).Limit(50).Find(&ks).Error, "signing keys by subject")
}
