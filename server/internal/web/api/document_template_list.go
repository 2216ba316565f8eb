package api

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/shared/api"
)

// listTemplates answers GET /api/v1/document-templates.
func (s *Server) listTemplates(c *fiber.Ctx) error {
	ts, err := s.Documents.Templates(c.UserContext(), workspaceID(c))
	if err != nil {
		return err
	}
	out := api.DocumentTemplateList{Templates: make([]api.DocumentTemplate, 0, len(ts))}
	for _, t := range ts {
		out.Templates = append(out.Templates, documentTemplateJSON(t))
	}
	return c.JSON(out)
}
