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

// Get loads the workspace's signing key, its private key opened with the
// server key; ok is false when it has none yet.
func (r SigningKeys) Get(workspaceID string) (k model.SigningKey, ok bool, err error) {
	err = r.db.db.Where("workspace_id = ?", workspaceID).Take(&k).Error
	if errors.Is(notFound(err, ""), ErrNotFound) {
		return k, false, nil
	}
	if err != nil {
		return k, false, notFound(err, "signing key")
	}
	if k.KeyPEM, err = openKey(r.db.sealer, workspaceID, k.KeyPEM); err != nil {
		return model.SigningKey{}, false, err
	}
	return k, true, nil
}

// Create saves a first key, its private key sealed; a key another request
// saved first wins and this one is dropped, so every final copy of a
// workspace has the same certificate.
func (r SigningKeys) Create(k *model.SigningKey) error {
	row, err := r.sealed(*k)
	if err != nil {
		return err
	}
	err = r.db.db.Clauses(clause.OnConflict{Columns: []clause.Column{{Name: "workspace_id"}}, DoNothing: true}).Create(&row).Error
	return notFound(err, "create signing key")
}

// Replace stores the owner's own certificate instead of the current one,
// its private key sealed.
func (r SigningKeys) Replace(k *model.SigningKey) error {
	row, err := r.sealed(*k)
	if err != nil {
		return err
	}
	err = r.db.db.Clauses(clause.OnConflict{Columns: []clause.Column{{Name: "workspace_id"}},
		DoUpdates: clause.AssignmentColumns([]string{"kind", "cert_pem", "key_pem", "subject", "not_after", "updated_at"})}).Create(&row).Error
	return notFound(err, "replace signing key")
}

// sealed is the row as stored: k with its private key sealed.
func (r SigningKeys) sealed(k model.SigningKey) (model.SigningKey, error) {
	var err error
	k.KeyPEM, err = sealKey(r.db.sealer, k.WorkspaceID, k.KeyPEM)
	return k, err
}

// BySubject lists the certificates, in any workspace, whose common name is
// this; verification compares them with a signature's. Their private keys
// are not loaded.
func (r SigningKeys) BySubject(commonName string) ([]model.SigningKey, error) {
	var ks []model.SigningKey
	err := r.db.db.Omit("key_pem").Where("subject = ?", commonName).Limit(50).Find(&ks).Error
	return ks, notFound(err, "signing keys by subject")
}
