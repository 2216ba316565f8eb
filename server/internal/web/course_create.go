package web

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

// publishCourse answers POST /api/v1/courses/:id/publish.
func (s *Server) publishCourse(c *fiber.Ctx) error {
	if _, err := s.Courses.Publish(c.UserContext(), workspaceID(c), c.Params("id")); err != nil {
		return err
	}
	return s.showCourse(c)
}
