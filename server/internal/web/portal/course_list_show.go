package portal

import (
	"fmt"

	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/web/httpx"
)

// showCourses answers /courses: each granted course with a progress bar and
// a button that resumes where the client left off.
func (s *Server) showCourses(c *fiber.Ctx) error {
	httpx.NoStore(c)
	ct := currentClient(c)
	es, err := s.Courses.Enrolments(c.UserContext(), ct.WorkspaceID, ct.ID)
	if err != nil {
		return fmt.Errorf("courses page: %w", err)
	}
	z := s.lz(c)
	l := s.appLayout(c, z.T("courses.title"), "/courses")
	p := CoursesPage{Layout: l, Lead: z.T("courses.lead", "Workspace", l.Brand.Name), Empty: z.T("courses.empty", "Workspace", l.Brand.Name)}
	for _, e := range es {
		p.Courses = append(p.Courses, courseCard(z, e))
	}
	return page(c, pageCourses, p)
}
