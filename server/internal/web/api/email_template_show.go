package api

import (
	"github.com/gofiber/fiber/v2"
)

// showEmailTemplate answers GET /api/v1/email-templates/:kind.
func (s *Server) showEmailTemplate(c *fiber.Ctx) error {
	t, err := s.EmailTemplates.Get(c.UserContext(), workspaceID(c), c.Params("kind"))
	if err != nil {
		return err
	}
	return c.JSON(templateJSON(t))
}
