package api

import (
	"github.com/gofiber/fiber/v2"
)

// muteGroupMember answers PUT (mute) and DELETE (unmute) /api/v1/groups/:id/members/:contactID/mute.
func (s *Server) muteGroupMember(c *fiber.Ctx) error {
	muted := c.Method() == fiber.MethodPut
	if err := s.Groups.SetMuted(c.UserContext(), workspaceID(c), c.Params("id"), c.Params("contactID"), muted); err != nil {
		return err
	}
	return c.SendStatus(fiber.StatusNoContent)
}
