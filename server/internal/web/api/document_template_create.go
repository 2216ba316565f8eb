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

// createTemplate answers POST /api/v1/document-templates (multipart: file,
// title, roles JSON, fields JSON with "role").
func (s *Server) createTemplate(c *fiber.Ctx) error {
	if !strings.HasPrefix(c.Get(fiber.HeaderContentType), fiber.MIMEMultipartForm) {
		return fiber.NewError(fiber.StatusUnsupportedMediaType, "Send the template as multipart/form-data with the PDF in the 'file' field.")
	}
	in := documents.TemplateInput{Title: c.FormValue("title")}
	if err := strictJSON(c.FormValue("roles"), &in.Roles, "roles", `Roles must be a JSON list like ["Client","Guarantor"]: `); err != nil {
		return err
	}
	if err := strictJSON(c.FormValue("orders"), &in.Orders, "orders", `Orders must be a JSON list of each role's signing order like [1,1,2]: `); err != nil {
		return err
	}
	in.Fields = []model.TemplateField{}
	if err := strictJSON(c.FormValue("fields"), &in.Fields, "fields",
		`Fields must be a JSON list like [{"kind":"signature","page":1,"x":0.55,"y":0.8,"w":0.35,"h":0.07,"role":"Client"}]: `); err != nil {
		return err
	}
	var err error
	if in.PDF, err = httpx.DocumentFile(c, "file", pdf.DefaultMaxBytes); err != nil {
		return err
	}
	t, err := s.Documents.CreateTemplate(c.UserContext(), workspaceID(c), in)
	if err != nil {
		return err
	}
	return c.Status(fiber.StatusCreated).JSON(documentTemplateJSON(t))
}

// strictJSON decodes an optional form value; a refusal names field.
func strictJSON(raw string, out any, field, hint string) error {
	if strings.TrimSpace(raw) == "" {
		return nil
	}
	dec := json.NewDecoder(strings.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(out); err != nil {
		return apperr.Validation{field: hint + jsonProblem(err)}.Err()
	}
	return nil
}
