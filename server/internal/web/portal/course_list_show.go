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
	sec, _ := sectionBySlug("courses")
	l := s.appLayout(c, "Courses", "/courses")
	p := CoursesPage{Layout: l, Lead: fmt.Sprintf(sec.Lead, l.Brand.Name), Empty: fmt.Sprintf(sec.Empty, l.Brand.Name)}
	for _, e := range es {
		p.Courses = append(p.Courses, courseCard(e))
	}
	return page(c, pageCourses, p)
}
