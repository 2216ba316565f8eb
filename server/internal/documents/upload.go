package documents

import (
	"context"
	"errors"
	"fmt"
	"math"
	"strings"
	"unicode/utf8"

	"github.com/google/uuid"

	"clientportal/server/internal/apperr"
	"clientportal/server/internal/events"
	"clientportal/server/internal/model"
	"clientportal/server/internal/pdf"
	"clientportal/server/internal/secure"
	"clientportal/server/internal/store"
)

// Upload is an owner's new document before intake.
type Upload struct {
	Title           string
	SignerContactID string                // one signer; Signers takes its place when given
	Signers         []SignerInput         // in the positions fields name
	Fields          []model.DocumentField // nil: a signature block per signer on the last page
	PDF             []byte
}

// The limits of an upload's form.
const (
	MaxTitle  = 200
	MaxFields = 100
)

// Upload checks the file with the PDF intake before anything is stored, then
// saves the original and a draft document for the signer.
func (s *Service) Upload(ctx context.Context, workspaceID string, in Upload, m Meta) (View, error) {
	in.Title = strings.TrimSpace(in.Title)
	if len(in.Signers) == 0 && strings.TrimSpace(in.SignerContactID) != "" {
		in.Signers = []SignerInput{{ContactID: strings.TrimSpace(in.SignerContactID), Order: 1}}
	}
	if err := checkUploadForm(in); err != nil {
		return View{}, err
	}
	info, err := pdf.Intake(in.PDF, s.Limits)
	if err != nil {
		return View{}, refusal(err)
	}
	fields := in.Fields
	if fields == nil {
		if fields, err = DefaultSignerFields(info.PageCount(), len(in.Signers)); err != nil {
			return View{}, err
		}
	}
	if err := checkFields(fields, info.PageCount(), len(in.Signers)); err != nil {
		return View{}, err
	}
	d := s.newDocument(workspaceID, in, fields, info.PageCount())
	err = s.store.InTx(ctx, func(tx *store.Tx) error { return s.saveUpload(tx, &d, in, m) })
	if err != nil {
		return View{}, err
	}
	return s.Get(ctx, workspaceID, d.ID)
}

func (s *Service) newDocument(workspaceID string, in Upload, fields []model.DocumentField, pages int) model.Document {
	now := s.now()
	return model.Document{ID: uuid.NewString(), WorkspaceID: workspaceID, Title: in.Title, SignerContactID: in.SignerContactID,
		Status: model.DocDraft, Fields: encodeFields(fields), PageCount: pages, OriginalSHA256: secure.SHA256Hex(in.PDF),
		CreatedAt: now, UpdatedAt: now}
}

func (s *Service) saveUpload(tx *store.Tx, d *model.Document, in Upload, m Meta) error {
	signers, err := s.resolveSigners(tx, *d, in.Signers)
	if err != nil {
		if in.SignerContactID != "" && len(in.Signers) == 1 && apperr.Is(err, apperr.Invalid) {
			return apperr.Validation{"signer_contact_id": "There is no contact with this id in the workspace."}.Err()
		}
		return err
	}
	d.SignerContactID = signers[0].ContactID
	if err := tx.Blobs().Put(d.OriginalSHA256, "application/pdf", in.PDF); err != nil {
		return err
	}
	if err := tx.Documents().Create(d); err != nil {
		return err
	}
	if err := tx.DocumentSigners().Create(signers); err != nil {
		return err
	}
	if err := s.audit(tx, *d, ActorOwner, ActionUploaded, m); err != nil {
		return err
	}
	return events.Emit(tx, d.WorkspaceID, "document.created", map[string]any{"document_id": d.ID})
}

func checkUploadForm(in Upload) error {
	v := apperr.Validation{}
	switch {
	case in.Title == "":
		v.Add("title", "Give the document a title.")
	case utf8.RuneCountInString(in.Title) > MaxTitle:
		v.Add("title", fmt.Sprintf("Keep the title under %d characters.", MaxTitle))
	}
	if len(in.Signers) == 0 {
		v.Add("signer_contact_id", "Choose the contact who signs, or give signers.")
	} else if err := checkSigners(in.Signers); err != nil {
		v.Add("signers", apperr.As(err).Fields["signers"])
	}
	if len(in.PDF) == 0 {
		v.Add("file", "Attach the PDF to sign as the file field.")
	}
	return v.Err()
}

// refusal turns an intake refusal into an error with the right status:
// too large 413, not a PDF 415, anything else about the file 422.
func refusal(err error) error {
	var r *pdf.Refusal
	if !errors.As(err, &r) {
		return fmt.Errorf("intake: %w", err)
	}
	kind := apperr.Invalid
	switch {
	case errors.Is(err, pdf.ErrTooLarge):
		kind = apperr.TooLarge
	case errors.Is(err, pdf.ErrNotPDF):
		kind = apperr.Unsupported
	}
	return &apperr.Error{Kind: kind, Message: r.Message, Fields: map[string]string{"file": r.Message}, Cause: err}
}

// DefaultFields is the signature block put on the last page when the owner
// gives no fields: the signature, the printed name and the date under it.
func DefaultFields(pages int) []model.DocumentField {
	return []model.DocumentField{
		{Kind: string(pdf.FieldSignature), Page: pages, X: 0.55, Y: 0.77, W: 0.38, H: 0.08},
		{Kind: string(pdf.FieldName), Page: pages, X: 0.55, Y: 0.86, W: 0.38, H: 0.035},
		{Kind: string(pdf.FieldDate), Page: pages, X: 0.55, Y: 0.905, W: 0.38, H: 0.035},
	}
}

// DefaultSignerFields puts a signature block per signer on the last page,
// the first signer's lowest; more than four signers must place their fields.
func DefaultSignerFields(pages, signers int) ([]model.DocumentField, error) {
	if signers > 4 {
		return nil, apperr.Validation{"fields": "With more than 4 signers, place each signer's fields (fields with \"signer\")."}.Err()
	}
	var fs []model.DocumentField
	for i := range signers {
		for _, f := range DefaultFields(pages) {
			f.Y -= 0.2 * float64(i)
			f.Signer = i
			fs = append(fs, f)
		}
	}
	return fs, nil
}

// checkFields refuses fields outside the document or their page, a field
// of a signer the document does not have, and a signer without a
// signature field.
func checkFields(fs []model.DocumentField, pages, signers int) error {
	if len(fs) > MaxFields {
		return apperr.Validation{"fields": fmt.Sprintf("Use at most %d fields.", MaxFields)}.Err()
	}
	signatures := make([]int, signers)
	for i, f := range fs {
		if why := fieldProblem(f, pages); why != "" {
			return apperr.Validation{"fields": fmt.Sprintf("Field %d: %s", i+1, why)}.Err()
		}
		if f.Signer < 0 || f.Signer >= signers {
			return apperr.Validation{"fields": fmt.Sprintf("Field %d: signer %d is not one of the document's %d signers (0 to %d).",
				i+1, f.Signer, signers, signers-1)}.Err()
		}
		if f.Kind == string(pdf.FieldSignature) {
			signatures[f.Signer]++
		}
	}
	for i, n := range signatures {
		if n == 0 && signers == 1 {
			return apperr.Validation{"fields": "Add at least one signature field."}.Err()
		}
		if n == 0 {
			return apperr.Validation{"fields": fmt.Sprintf("Add at least one signature field for signer %d.", i)}.Err()
		}
	}
	return nil
}

func fieldProblem(f model.DocumentField, pages int) string {
	switch pdf.FieldKind(f.Kind) {
	case pdf.FieldSignature, pdf.FieldName, pdf.FieldDate:
	default:
		return fmt.Sprintf("kind %q is not one of signature, name, date.", f.Kind)
	}
	if f.Page < 1 || f.Page > pages {
		return fmt.Sprintf("page %d is not a page of this %d-page document.", f.Page, pages)
	}
	for _, v := range []float64{f.X, f.Y, f.W, f.H} {
		if math.IsNaN(v) || math.IsInf(v, 0) || v < 0 || v > 1 {
			return "x, y, w and h are fractions of the page between 0 and 1."
		}
	}
	if f.W < 0.01 || f.H < 0.005 {
		return "the box is too small to fill."
	}
	if f.X+f.W > 1.0001 || f.Y+f.H > 1.0001 {
		return "the box reaches past the edge of the page."
	}
	return ""
}
