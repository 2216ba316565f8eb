package api

import "github.com/gofiber/fiber/v2"

// deleteTemplate answers DELETE /api/v1/document-templates/:id.
func (s *Server) deleteTemplate(c *fiber.Ctx) error {
	if err := s.Documents.DeleteTemplate(c.UserContext(), workspaceID(c), c.Params("id")); err != nil {
		return err
	}
	return c.SendStatus(fiber.StatusNoContent)
}
