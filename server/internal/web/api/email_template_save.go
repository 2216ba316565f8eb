package api

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/shared/api"
)

// saveEmailTemplate answers PUT /api/v1/email-templates/:kind
// {"language","subject","body"}: the wording of one language.
func (s *Server) saveEmailTemplate(c *fiber.Ctx) error {
	var in api.EmailTemplate
	if err := parseJSON(c, &in); err != nil {
		return err
	}
	t, err := s.EmailTemplates.Save(c.UserContext(), workspaceID(c), c.Params("kind"), in.Language, in.Subject, in.Body)
	if err != nil {
		return err
	}
	return c.JSON(templateJSON(t))
}
