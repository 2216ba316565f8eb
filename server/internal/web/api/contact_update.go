package api

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/contacts"
	"clientportal/shared/api"
)

// updateContact answers PATCH /api/v1/contacts/:id: name, phone and fields.
func (s *Server) updateContact(c *fiber.Ctx) error {
	var in api.ContactChange
	if err := parseJSON(c, &in); err != nil {
		return err
	}
	ct, err := s.Contacts.Update(c.UserContext(), workspaceID(c), c.Params("id"),
		contacts.ContactChange{Name: in.Name, Phone: in.Phone, Fields: in.Fields, Language: in.Language})
	if err != nil {
		return err
	}
	return c.JSON(contactJSON(ct))
}
