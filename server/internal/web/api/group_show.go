package api

import (
	"github.com/gofiber/fiber/v2"
)

// showGroup answers GET /api/v1/groups/:id.
func (s *Server) showGroup(c *fiber.Ctx) error {
	sm, err := s.Groups.Get(c.UserContext(), workspaceID(c), c.Params("id"))
	if err != nil {
		return err
	}
	return c.JSON(groupJSON(sm))
}
