package portal

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/web/httpx"
)

// showCoursePage answers /courses/:id for a client granted the course.
func (s *Server) showCoursePage(c *fiber.Ctx) error {
	httpx.NoStore(c)
	ct := currentClient(c)
	e, err := s.Courses.Enrolment(c.UserContext(), ct.WorkspaceID, ct.ID, c.Params("id"))
	if err != nil {
		return err
	}
	r := e.Resume()
	return page(c, pageCourse, CoursePage{Layout: s.appLayout(c, e.Course.Title, "/courses"), Card: courseCard(s.lz(c), e),
		Resume: lessonLink(e, r, ""), Modules: outlineOf(e, "")})
}
