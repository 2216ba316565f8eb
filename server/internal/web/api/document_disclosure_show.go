package api

import (
	"github.com/gofiber/fiber/v2"
)

// showDisclosure answers GET /api/v1/documents/disclosure.
func (s *Server) showDisclosure(c *fiber.Ctx) error {
	text, err := s.Documents.Disclosure(c.UserContext(), workspaceID(c))
	if err != nil {
		return err
	}
	return c.JSON(disclosureJSON{Text: text})
}
