package api

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/contacts"
	"clientportal/shared/api"
)

// createContactField answers POST /api/v1/contact-fields.
func (s *Server) createContactField(c *fiber.Ctx) error {
	var in api.ContactField
	if err := parseJSON(c, &in); err != nil {
		return err
	}
	f, err := s.Contacts.DefineField(c.UserContext(), workspaceID(c), contacts.NewField{Key: in.Key, Label: in.Label})
	if err != nil {
		return err
	}
	return c.Status(fiber.StatusCreated).JSON(contactFieldJSON(f))
}
