package api

import (
	"github.com/gofiber/fiber/v2"
)

// showContact answers GET /api/v1/contacts/:id.
func (s *Server) showContact(c *fiber.Ctx) error {
	ct, err := s.Contacts.Get(c.UserContext(), workspaceID(c), c.Params("id"))
	if err != nil {
		return err
	}
	return c.JSON(contactJSON(ct))
}
