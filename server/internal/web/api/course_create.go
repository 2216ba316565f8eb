package api

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/courses"
	"clientportal/shared/api"
)

// createCourse answers POST /api/v1/courses: a draft course with its modules and lessons.
func (s *Server) createCourse(c *fiber.Ctx) error {
	var in api.CourseInput
	if err := parseJSON(c, &in); err != nil {
		return err
	}
	o, err := s.Courses.Create(c.UserContext(), workspaceID(c), courses.NewCourse{Title: in.Title, Summary: in.Summary, Modules: courseInput(in.Modules)})
	if err != nil {
		return err
	}
	return c.Status(fiber.StatusCreated).JSON(courseJSON(o, 0))
}
