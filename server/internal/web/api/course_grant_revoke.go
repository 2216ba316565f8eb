package api

import (
	"github.com/gofiber/fiber/v2"
)

// revokeCourse answers DELETE /api/v1/courses/:id/grants/:contactID.
func (s *Server) revokeCourse(c *fiber.Ctx) error {
	if err := s.Courses.Revoke(c.UserContext(), workspaceID(c), c.Params("id"), c.Params("contactID")); err != nil {
		return err
	}
	return c.SendStatus(fiber.StatusNoContent)
}
