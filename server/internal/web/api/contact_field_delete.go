package api

import (
	"github.com/gofiber/fiber/v2"
)

// deleteContactField answers DELETE /api/v1/contact-fields/:key; the
// field's value goes from every contact.
func (s *Server) deleteContactField(c *fiber.Ctx) error {
	if err := s.Contacts.DeleteField(c.UserContext(), workspaceID(c), c.Params("key")); err != nil {
		return err
	}
	return c.SendStatus(fiber.StatusNoContent)
}
