package api

import (
	"encoding/json"
	"strings"

	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/apperr"
	"clientportal/server/internal/documents"
	"clientportal/server/internal/model"
	"clientportal/server/internal/pdf"
	"clientportal/server/internal/web/httpx"
)

// createDocument answers POST /api/v1/documents (multipart: file, title,
// signers or signer_contact_id, optional fields).
func (s *Server) createDocument(c *fiber.Ctx) error {
	in, err := uploadForm(c)
	if err != nil {
		return err
	}
	v, err := s.Documents.Upload(c.UserContext(), workspaceID(c), in, httpx.DocMeta(c))
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
	if in.Signers, err = parseSigners(c.FormValue("signers")); err != nil {
		return in, err
	}
	in.PDF, err = httpx.DocumentFile(c, "file", pdf.DefaultMaxBytes)
	return in, err
}

// parseSigners reads the optional signers JSON; empty means one signer,
// signer_contact_id.
func parseSigners(raw string) ([]documents.SignerInput, error) {
	if strings.TrimSpace(raw) == "" {
		return nil, nil
	}
	dec := json.NewDecoder(strings.NewReader(raw))
	dec.DisallowUnknownFields()
	ss := []documents.SignerInput{}
	if err := dec.Decode(&ss); err != nil {
		return nil, apperr.Validation{"signers": "Signers must be a JSON list like [{\"contact_id\":\"…\",\"order\":1},{\"email\":\"cfo@client.test\",\"name\":\"Dana Lee\",\"order\":2}]: " + jsonProblem(err)}.Err()
	}
	if len(ss) == 0 {
		return nil, apperr.Validation{"signers": "Name at least one signer."}.Err()
	}
	return ss, nil
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
