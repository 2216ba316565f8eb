package api

import (
	"github.com/gofiber/fiber/v2"
)

// showEmailTemplate answers GET /api/v1/email-templates/:kind?language=:
// the owner's wording in that language (the workspace's default language
// when absent), or that language's default wording.
func (s *Server) showEmailTemplate(c *fiber.Ctx) error {
	t, err := s.EmailTemplates.Get(c.UserContext(), workspaceID(c), c.Params("kind"), c.Query("language"))
	if err != nil {
		return err
	}
	return c.JSON(templateJSON(t))
}
