package documents

import (
	"context"
	"crypto/x509"
	"encoding/pem"
	"fmt"

	"clientportal/server/internal/apperr"
	"clientportal/server/internal/model"
	"clientportal/server/internal/pdf"
	"clientportal/server/internal/store"
)

// identity returns the workspace's signing identity, making a self-signed
// certificate the first time it is needed.
func (s *Service) identity(ctx context.Context, workspaceID string) (*pdf.Identity, error) {
	k, err := s.EnsureKey(ctx, workspaceID)
	if err != nil {
		return nil, err
	}
	id, err := pdf.LoadPEM([]byte(k.CertPEM), []byte(k.KeyPEM))
	if err != nil {
		return nil, fmt.Errorf("signing key of workspace %s: %w", workspaceID, err)
	}
	return id, nil
}

// EnsureKey returns the workspace's signing key, creating a self-signed
// certificate in the workspace's name when it has none.
func (s *Service) EnsureKey(ctx context.Context, workspaceID string) (model.SigningKey, error) {
	var k model.SigningKey
	var ok bool
	var w model.Workspace
	err := s.store.View(ctx, func(tx *store.Tx) (err error) {
		if k, ok, err = tx.SigningKeys().Get(workspaceID); err != nil || ok {
			return err
		}
		w, err = tx.Workspaces().ByID(workspaceID)
		return err
	})
	if err != nil || ok {
		return k, err
	}
	certPEM, keyPEM, err := pdf.NewSelfSignedCertificate(w.Name+" (Client Portal)", s.now())
	if err != nil {
		return k, err
	}
	fresh, err := keyRecord(workspaceID, model.KeySelfSigned, certPEM, keyPEM, s)
	if err != nil {
		return k, err
	}
	err = s.store.InTx(ctx, func(tx *store.Tx) (err error) {
		if err := tx.SigningKeys().Create(&fresh); err != nil {
			return err
		}
		k, _, err = tx.SigningKeys().Get(workspaceID) // the first writer's key wins
		return err
	})
	return k, err
}

func keyRecord(workspaceID, kind string, certPEM, keyPEM []byte, s *Service) (model.SigningKey, error) {
	block, _ := pem.Decode(certPEM)
	if block == nil {
		return model.SigningKey{}, fmt.Errorf("no certificate in PEM")
	}
	cert, err := x509.ParseCertificate(block.Bytes)
	if err != nil {
		return model.SigningKey{}, fmt.Errorf("parse certificate: %w", err)
	}
	now := s.now()
	return model.SigningKey{WorkspaceID: workspaceID, Kind: kind, CertPEM: string(certPEM), KeyPEM: string(keyPEM),
		Subject: cert.Subject.CommonName, NotAfter: cert.NotAfter.UTC(), CreatedAt: now, UpdatedAt: now}, nil
}

// UploadKey replaces the workspace's self-signed certificate with the
// owner's own, from a PKCS#12 file (.p12, .pfx) and its password.
func (s *Service) UploadKey(ctx context.Context, workspaceID string, p12 []byte, password string) (model.SigningKey, error) {
	id, err := pdf.LoadPKCS12(p12, password)
	if err != nil {
		return model.SigningKey{}, apperr.Wrap(apperr.Invalid, err, "This PKCS#12 file could not be opened: check the file and its password.")
	}
	keyDER, err := x509.MarshalPKCS8PrivateKey(id.Key)
	if err != nil {
		return model.SigningKey{}, apperr.Wrap(apperr.Invalid, err, "The key in this PKCS#12 file is of a kind that cannot sign documents.")
	}
	certPEM := pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: id.Certificate.Raw})
	for _, c := range id.Chain {
		certPEM = append(certPEM, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: c.Raw})...)
	}
	k, err := keyRecord(workspaceID, model.KeyUploaded, certPEM, pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: keyDER}), s)
	if err != nil {
		return k, err
	}
	return k, s.store.InTx(ctx, func(tx *store.Tx) error { return tx.SigningKeys().Replace(&k) })
}
