package documents

import (
	"bytes"
	"context"
	"encoding/pem"
	"errors"
	"time"

	"clientportal/server/internal/apperr"
	"clientportal/server/internal/model"
	"clientportal/server/internal/pdf"
	"clientportal/server/internal/secure"
	"clientportal/server/internal/store"
)

// The verdicts of a verification.
const (
	VerdictGenuine = "genuine" // a final copy made here, unchanged
	VerdictChanged = "changed" // signed here, changed since
	VerdictUnknown = "unknown" // not a final copy of this portal
)

// Verification is what the public verify page tells about an uploaded PDF.
type Verification struct {
	Verdict     string
	SHA256      string
	Title       string
	Workspace   string
	SignerName  string
	SignedAt    *time.Time
	CompletedAt *time.Time
	Signature   pdf.VerifyResult
}

// Verify says whether data is a final copy this portal produced, unchanged:
// its SHA-256 must be a recorded final copy and its digital signature valid.
func (s *Service) Verify(ctx context.Context, data []byte) (Verification, error) {
	if len(data) == 0 {
		return Verification{}, apperr.Validation{"file": "Choose the PDF to check."}.Err()
	}
	sig, err := pdf.Verify(data)
	if errors.Is(err, pdf.ErrNotPDF) {
		return Verification{}, apperr.Wrap(apperr.Unsupported, err, "This file is not a PDF.")
	}
	if err != nil {
		return Verification{}, err
	}
	out := Verification{Verdict: VerdictUnknown, SHA256: secure.SHA256Hex(data), Signature: sig}
	err = s.store.View(ctx, func(tx *store.Tx) error {
		d, err := tx.Documents().ByFinalSHA256(out.SHA256)
		if errors.Is(err, store.ErrNotFound) {
			return s.matchCertificate(tx, &out)
		}
		if err != nil {
			return err
		}
		return describe(tx, d, &out)
	})
	return out, err
}

// describe fills in the document a recorded final copy belongs to.
func describe(tx *store.Tx, d model.Document, out *Verification) error {
	w, err := tx.Workspaces().ByID(d.WorkspaceID)
	if err != nil {
		return err
	}
	out.Title, out.Workspace, out.SignerName, out.SignedAt, out.CompletedAt = d.Title, w.Name, d.SignerName, d.SignedAt, d.CompletedAt
	out.Verdict = VerdictGenuine
	if !out.Signature.Valid {
		out.Verdict = VerdictChanged
	}
	return nil
}

// matchCertificate tells a changed copy from a stranger's PDF: a signature
// by one of this portal's workspace certificates that no longer matches.
func (s *Service) matchCertificate(tx *store.Tx, out *Verification) error {
	cert := out.Signature.Certificate
	if cert == nil {
		return nil
	}
	keys, err := tx.SigningKeys().BySubject(cert.Subject.CommonName)
	if err != nil {
		return err
	}
	for _, k := range keys {
		block, _ := pem.Decode([]byte(k.CertPEM))
		if block != nil && bytes.Equal(block.Bytes, cert.Raw) {
			w, err := tx.Workspaces().ByID(k.WorkspaceID)
			if err != nil {
				return err
			}
			out.Verdict, out.Workspace = VerdictChanged, w.Name
			return nil
		}
	}
	return nil
}
