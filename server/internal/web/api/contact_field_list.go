package api

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/shared/api"
)

// listContactFields answers GET /api/v1/contact-fields.
func (s *Server) listContactFields(c *fiber.Ctx) error {
	fs, err := s.Contacts.Fields(c.UserContext(), workspaceID(c))
	if err != nil {
		return err
	}
	out := api.ContactFieldList{Fields: make([]api.ContactField, len(fs))}
	for i, f := range fs {
		out.Fields[i] = contactFieldJSON(f)
	}
	return c.JSON(out)
}
