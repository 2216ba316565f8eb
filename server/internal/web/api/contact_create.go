package api

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/contacts"
	"clientportal/shared/api"
)

// createContact answers POST /api/v1/contacts.
func (s *Server) createContact(c *fiber.Ctx) error {
	var in api.NewContact
	if err := parseJSON(c, &in); err != nil {
		return err
	}
	ct, err := s.Contacts.Create(c.UserContext(), workspaceID(c), contacts.NewContact{Email: in.Email, Name: in.Name, Phone: in.Phone, Fields: in.Fields, Language: in.Language})
	if err != nil {
		return err
	}
	return c.Status(fiber.StatusCreated).JSON(contactJSON(ct))
}
