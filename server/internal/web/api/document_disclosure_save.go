package api

import (
	"github.com/gofiber/fiber/v2"
)

// saveDisclosure answers PUT /api/v1/documents/disclosure {"text"}; an
// empty text restores the default.
func (s *Server) saveDisclosure(c *fiber.Ctx) error {
	var in disclosureJSON
	if err := parseJSON(c, &in); err != nil {
		return err
	}
	text, err := s.Documents.SetDisclosure(c.UserContext(), workspaceID(c), in.Text)
	if err != nil {
		return err
	}
	return c.JSON(disclosureJSON{Text: text})
}
