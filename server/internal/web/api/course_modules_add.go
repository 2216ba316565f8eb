package api

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/shared/api"
)

// addCourseModules answers POST /api/v1/courses/:id/modules.
func (s *Server) addCourseModules(c *fiber.Ctx) error {
	var in api.ModulesInput
	if err := parseJSON(c, &in); err != nil {
		return err
	}
	if _, err := s.Courses.AddModules(c.UserContext(), workspaceID(c), c.Params("id"), courseInput(in.Modules)); err != nil {
		return err
	}
	c.Status(fiber.StatusCreated)
	return s.showCourse(c)
}
