package api

import "github.com/gofiber/fiber/v2"

// showTemplate answers GET /api/v1/document-templates/:id.
func (s *Server) showTemplate(c *fiber.Ctx) error {
	t, err := s.Documents.GetTemplate(c.UserContext(), workspaceID(c), c.Params("id"))
	if err != nil {
		return err
	}
	return c.JSON(documentTemplateJSON(t))
}
