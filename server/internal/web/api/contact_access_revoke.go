package api

import (
	"github.com/gofiber/fiber/v2"
)

// revokeContactAccess answers POST /api/v1/contacts/:id/revoke-access.
func (s *Server) revokeContactAccess(c *fiber.Ctx) error {
	if err := s.Contacts.RevokeAccess(c.UserContext(), workspaceID(c), c.Params("id")); err != nil {
		return err
	}
	return s.showContact(c)
}
