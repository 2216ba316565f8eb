package api

import (
	"github.com/gofiber/fiber/v2"
)

// removeGroupMember answers DELETE /api/v1/groups/:id/members/:contactID.
func (s *Server) removeGroupMember(c *fiber.Ctx) error {
	if err := s.Groups.RemoveMember(c.UserContext(), workspaceID(c), c.Params("id"), c.Params("contactID")); err != nil {
		return err
	}
	return c.SendStatus(fiber.StatusNoContent)
}
