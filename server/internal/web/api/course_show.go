package api

import (
	"github.com/gofiber/fiber/v2"
)

// showCourse answers GET /api/v1/courses/:id.
func (s *Server) showCourse(c *fiber.Ctx) error {
	o, ps, err := s.Courses.Progress(c.UserContext(), workspaceID(c), c.Params("id"))
	if err != nil {
		return err
	}
	return c.JSON(courseJSON(o, len(ps)))
}
