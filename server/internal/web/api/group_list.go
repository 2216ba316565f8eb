package api

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/shared/api"
)

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
