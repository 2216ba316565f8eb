package api

import (
	"github.com/gofiber/fiber/v2"
)

// publishCourse answers POST /api/v1/courses/:id/publish.
func (s *Server) publishCourse(c *fiber.Ctx) error {
	if _, err := s.Courses.Publish(c.UserContext(), workspaceID(c), c.Params("id")); err != nil {
		return err
	}
	return s.showCourse(c)
}
