package web

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/access"
	"clientportal/server/internal/model"
	"clientportal/shared/api"
)

func templateJSON(t model.EmailTemplate) api.EmailTemplate {
	return api.EmailTemplate{Kind: t.Kind, Subject: t.Subject, Body: t.Body, MergeFields: access.MergeFields}
}

// showEmailTemplate answers GET /api/v1/email-templates/:kind.
func (s *Server) showEmailTemplate(c *fiber.Ctx) error {
	t, err := s.Access.Template(c.UserContext(), workspaceID(c), c.Params("kind"))
	if err != nil {
		return err
	}
	return c.JSON(templateJSON(t))
}

// saveEmailTemplate answers PUT /api/v1/email-templates/:kind.
func (s *Server) saveEmailTemplate(c *fiber.Ctx) error {
	var in api.EmailTemplate
	if err := parseJSON(c, &in); err != nil {
		return err
	}
	t, err := s.Access.SaveTemplate(c.UserContext(), workspaceID(c), c.Params("kind"), in.Subject, in.Body)
	if err != nil {
		return err
	}
	return c.JSON(templateJSON(t))
}

// previewEmailTemplate answers POST /api/v1/email-templates/:kind/preview
// {"contact_id","subject","body"} with the email as that contact would get it.
func (s *Server) previewEmailTemplate(c *fiber.Ctx) error {
	var in api.TemplatePreviewRequest
	if err := parseJSON(c, &in); err != nil {
		return err
	}
	p, err := s.Access.PreviewTemplate(c.UserContext(), workspaceID(c), c.Params("kind"), in.ContactID, in.Subject, in.Body)
	if err != nil {
		return err
	}
	return c.JSON(api.TemplatePreview{Subject: p.Subject, Text: p.Text, HTML: p.HTML})
}
