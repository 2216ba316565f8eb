package api

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/shared/api"
)

// createGroup answers POST /api/v1/groups.
func (s *Server) createGroup(c *fiber.Ctx) error {
	var in api.GroupInput
	if err := parseJSON(c, &in); err != nil {
		return err
	}
	g, err := s.Groups.Create(c.UserContext(), workspaceID(c), in.Name, in.Description)
	if err != nil {
		return err
	}
	return c.Status(fiber.StatusCreated).JSON(api.Group{ID: g.ID, Name: g.Name, Description: g.Description, CreatedAt: g.CreatedAt, Members: []api.GroupMember{}})
}
