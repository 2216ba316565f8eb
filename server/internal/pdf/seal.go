package pdf

import (
	"bytes"
	"context"
	"fmt"
	"time"

	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
)

// AuditEvent is one line of the certificate of completion.
type AuditEvent struct {
	At        time.Time
	Action    string // e.g. "sent", "viewed", "signed"
	Actor     string // who did it, e.g. an email address
	IP        string
	UserAgent string
}

// SealRequest is everything needed to produce a final copy.
type SealRequest struct {
	Original       []byte // the uploaded PDF, as accepted by Intake
	DocumentID     string
	Title          string
	SignerName     string
	SignerEmail    string
	SignatureImage []byte    // PNG of the drawn signature; empty: the typed name in a script font
	SignedAt       time.Time // shown in date fields
	Fields         []Field
	Signers        []CertifiedSigner // every signer, for the certificate; empty: SignerName alone
	Audit          []AuditEvent
	Identity       *Identity      // the certificate and key of the digital signature
	Language       string         // the client's language for the certificate (an i18n code; empty: English)
	Zone           *time.Location // the client's time zone for the certificate's times; nil: UTC
}

// Seal stamps every field, appends the certificate of completion and signs
// the result digitally, last, as a certification that allows no change;
// with a timestamp authority the signature carries its timestamp, and a
// missing timestamp fails the seal (ErrTimestamp). The original is not changed.
func (s *Sealer) Seal(ctx context.Context, req SealRequest) ([]byte, error) {
	if req.Identity == nil {
		return nil, fmt.Errorf("seal %s: no signing identity", req.DocumentID)
	}
	doc, err := s.stampAndCertify(ctx, &req)
	if err != nil {
		return nil, fmt.Errorf("seal %s: %w", req.DocumentID, err)
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("seal %s: %w", req.DocumentID, err)
	}
	signed, err := req.Identity.sign(ctx, doc, req.Title, req.SignedAt, s.tsa)
	if err != nil {
		return nil, fmt.Errorf("seal %s: %w", req.DocumentID, err)
	}
	return signed, nil
}

// stampAndCertify returns the stamped document with its certificate page.
func (s *Sealer) stampAndCertify(ctx context.Context, req *SealRequest) ([]byte, error) {
	conf := newConfig()
	conf.Cmd = model.ADDWATERMARKS
	pdf, err := api.ReadValidateAndOptimize(bytes.NewReader(req.Original), conf)
	if err != nil {
		return nil, fmt.Errorf("read original: %w", err)
	}
	tree, err := pageTree(pdf)
	if err != nil {
		return nil, fmt.Errorf("read pages: %w: %v", ErrDamaged, err)
	}
	info, err := treeInfo(tree)
	if err != nil {
		return nil, fmt.Errorf("read pages: %w", err)
	}
	if err := s.stampFields(pdf, tree, req, info); err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if err := s.appendCertificate(pdf, req); err != nil {
		return nil, err
	}
	if err := addPerms(pdf); err != nil {
		return nil, err
	}
	var out bytes.Buffer
	if err := api.Write(pdf, &out, conf); err != nil {
		return nil, fmt.Errorf("write: %w", err)
	}
	return out.Bytes(), nil
}

// stampFields draws every field onto its page.
func (s *Sealer) stampFields(pdf *model.Context, tree []treePage, req *SealRequest, info Info) error {
	o := newOverlay(pdf, tree)
	if err := s.drawFields(o, req, info); err != nil {
		return err
	}
	if err := o.finish(); err != nil {
		return fmt.Errorf("stamp fields: %w", err)
	}
	return nil
}
