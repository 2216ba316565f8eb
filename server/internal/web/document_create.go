package web

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/apperr"
	"clientportal/server/internal/documents"
	"clientportal/server/internal/model"
	"clientportal/server/internal/pdf"
)

// createDocument answers POST /api/v1/documents (multipart: file, title,
// signer_contact_id, optional fields).
func (s *Server) createDocument(c *fiber.Ctx) error {
	in, err := uploadForm(c)
	if err != nil {
		return err
	}
	v, err := s.Documents.Upload(c.UserContext(), workspaceID(c), in, docMeta(c))
	if err != nil {
		return err
	}
	return c.Status(fiber.StatusCreated).JSON(documentJSON(v))
}

// uploadForm reads the multipart upload; the size is checked before the
// file is read.
func uploadForm(c *fiber.Ctx) (documents.Upload, error) {
	if !strings.HasPrefix(c.Get(fiber.HeaderContentType), fiber.MIMEMultipartForm) {
		return documents.Upload{}, fiber.NewError(fiber.StatusUnsupportedMediaType,
			"Send the document as multipart/form-data with the PDF in the 'file' field.")
	}
	in := documents.Upload{Title: c.FormValue("title"), SignerContactID: c.FormValue("signer_contact_id")}
	fields, err := parseFields(c.FormValue("fields"))
	if err != nil {
		return in, err
	}
	in.Fields = fields
	in.PDF, err = documentFile(c, "file", pdf.DefaultMaxBytes)
	return in, err
}

// documentFile reads an uploaded file, refusing one over max bytes unread.
func documentFile(c *fiber.Ctx, name string, max int64) ([]byte, error) {
	fh, err := c.FormFile(name)
	if err != nil {
		return nil, nil // missing: the service says which field is needed
	}
	if fh.Size > max {
		msg := fmt.Sprintf("This file is too large; the limit is %d MB.", max>>20)
		return nil, &apperr.Error{Kind: apperr.TooLarge, Message: msg, Fields: map[string]string{name: msg}}
	}
	f, err := fh.Open()
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(io.LimitReader(f, max+1))
}

// parseFields reads the optional fields JSON; empty means "none given".
func parseFields(raw string) ([]model.DocumentField, error) {
	if strings.TrimSpace(raw) == "" {
		return nil, nil
	}
	dec := json.NewDecoder(strings.NewReader(raw))
	dec.DisallowUnknownFields()
	fs := []model.DocumentField{}
	if err := dec.Decode(&fs); err != nil {
		return nil, apperr.Validation{"fields": "Fields must be a JSON list like [{\"kind\":\"signature\",\"page\":1,\"x\":0.55,\"y\":0.8,\"w\":0.35,\"h\":0.07}]: " + jsonProblem(err)}.Err()
	}
	return fs, nil
}
