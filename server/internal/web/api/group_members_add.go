package api

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
