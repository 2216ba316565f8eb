package web

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

// listGroups answers GET /api/v1/groups.
func (s *Server) listGroups(c *fiber.Ctx) error {
	ss, err := s.Groups.List(c.UserContext(), workspaceID(c))
	if err != nil {
		return err
	}
	out := api.GroupList{Groups: make([]api.Group, 0, len(ss))}
	for _, sm := range ss {
		out.Groups = append(out.Groups, groupJSON(sm))
	}
	return c.JSON(out)
}

// showGroup answers GET /api/v1/groups/:id.
func (s *Server) showGroup(c *fiber.Ctx) error {
	sm, err := s.Groups.Get(c.UserContext(), workspaceID(c), c.Params("id"))
	if err != nil {
		return err
	}
	return c.JSON(groupJSON(sm))
}
