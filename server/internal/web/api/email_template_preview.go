package api

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/shared/api"
)

// previewEmailTemplate answers POST /api/v1/email-templates/:kind/preview
// {"contact_id","language","subject","body"} with the email as that contact
// would get it (in language, else in the contact's own).
func (s *Server) previewEmailTemplate(c *fiber.Ctx) error {
	var in api.TemplatePreviewRequest
	if err := parseJSON(c, &in); err != nil {
		return err
	}
	p, err := s.EmailTemplates.Preview(c.UserContext(), workspaceID(c), c.Params("kind"), in.ContactID, in.Language, in.Subject, in.Body)
	if err != nil {
		return err
	}
	return c.JSON(api.TemplatePreview{Subject: p.Subject, Text: p.Text, HTML: p.HTML})
}
