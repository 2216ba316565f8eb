package api

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/shared/api"
)

// listCourses answers GET /api/v1/courses.
func (s *Server) listCourses(c *fiber.Ctx) error {
	ss, err := s.Courses.List(c.UserContext(), workspaceID(c))
	if err != nil {
		return err
	}
	out := api.CourseList{Courses: make([]api.Course, 0, len(ss))}
	for _, sm := range ss {
		out.Courses = append(out.Courses, courseHeadJSON(sm.Course, sm.Lessons, sm.Granted))
	}
	return c.JSON(out)
}
