package api

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/courses"
	"clientportal/shared/api"
)

// grantCourse answers POST /api/v1/courses/:id/grants {"contact_ids"} or {"all_joined":true}.
func (s *Server) grantCourse(c *fiber.Ctx) error {
	var in api.GrantInput
	if err := parseJSON(c, &in); err != nil {
		return err
	}
	n, err := s.Courses.Grant(c.UserContext(), workspaceID(c), c.Params("id"), courses.GrantRequest{ContactIDs: in.ContactIDs, AllJoined: in.AllJoined})
	if err != nil {
		return err
	}
	return c.JSON(api.GrantResult{Granted: n})
}
