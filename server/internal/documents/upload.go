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
	SignerContactID string
	Fields          []model.DocumentField // nil: a signature block on the last page
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
	if err := checkUploadForm(in); err != nil {
		return View{}, err
	}
	info, err := pdf.Intake(in.PDF, s.Limits)
	if err != nil {
		return View{}, refusal(err)
	}
	fields := in.Fields
	if fields == nil {
		fields = DefaultFields(info.PageCount())
	}
	if err := checkFields(fields, info.PageCount()); err != nil {
		return View{}, err
	}
	d := s.newDocument(workspaceID, in, fields, info.PageCount())
	err = s.store.InTx(ctx, func(tx *store.Tx) error { return s.saveUpload(tx, &d, in.PDF, m) })
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

func (s *Service) saveUpload(tx *store.Tx, d *model.Document, data []byte, m Meta) error {
	if _, err := tx.Contacts().ByID(d.WorkspaceID, d.SignerContactID); errors.Is(err, store.ErrNotFound) {
		return apperr.Validation{"signer_contact_id": "There is no contact with this id in the workspace."}.Err()
	} else if err != nil {
		return err
	}
	if err := tx.Blobs().Put(d.OriginalSHA256, "application/pdf", data); err != nil {
		return err
	}
	if err := tx.Documents().Create(d); err != nil {
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
	if strings.TrimSpace(in.SignerContactID) == "" {
		v.Add("signer_contact_id", "Choose the contact who signs.")
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

// checkFields refuses fields outside the document or their page, and a
// document without a signature field.
func checkFields(fs []model.DocumentField, pages int) error {
	if len(fs) > MaxFields {
		return apperr.Validation{"fields": fmt.Sprintf("Use at most %d fields.", MaxFields)}.Err()
	}
	signatures := 0
	for i, f := range fs {
		if why := fieldProblem(f, pages); why != "" {
			return apperr.Validation{"fields": fmt.Sprintf("Field %d: %s", i+1, why)}.Err()
		}
		if f.Kind == string(pdf.FieldSignature) {
			signatures++
		}
	}
	if signatures == 0 {
		return apperr.Validation{"fields": "Add at least one signature field."}.Err()
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
