package web

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/shared/api"
)

// addGroupMembers answers POST /api/v1/groups/:id/members {"contact_ids"}.
func (s *Server) addGroupMembers(c *fiber.Ctx) error {
	var in api.MembersInput
	if err := parseJSON(c, &in); err != nil {
		return err
	}
	n, err := s.Groups.AddMembers(c.UserContext(), workspaceID(c), c.Params("id"), in.ContactIDs)
	if err != nil {
		return err
	}
	return c.JSON(api.MembersResult{Added: n})
}

// removeGroupMember answers DELETE /api/v1/groups/:id/members/:contactID.
func (s *Server) removeGroupMember(c *fiber.Ctx) error {
	if err := s.Groups.RemoveMember(c.UserContext(), workspaceID(c), c.Params("id"), c.Params("contactID")); err != nil {
		return err
	}
	return c.SendStatus(fiber.StatusNoContent)
}

// muteGroupMember answers PUT (mute) and DELETE (unmute) /api/v1/groups/:id/members/:contactID/mute.
func (s *Server) muteGroupMember(c *fiber.Ctx) error {
	muted := c.Method() == fiber.MethodPut
	if err := s.Groups.SetMuted(c.UserContext(), workspaceID(c), c.Params("id"), c.Params("contactID"), muted); err != nil {
		return err
	}
	return c.SendStatus(fiber.StatusNoContent)
}
