package api

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/shared/api"
)

// showCourseProgress answers GET /api/v1/courses/:id/progress: each granted
// client's finished lessons.
func (s *Server) showCourseProgress(c *fiber.Ctx) error {
	o, ps, err := s.Courses.Progress(c.UserContext(), workspaceID(c), c.Params("id"))
	if err != nil {
		return err
	}
	out := api.CourseProgress{CourseID: o.Course.ID, Lessons: len(o.Lessons), Clients: make([]api.ClientCourseProgress, 0, len(ps))}
	for _, p := range ps {
		cp := api.ClientCourseProgress{ContactID: p.Contact.ID, Name: p.Contact.Name, Email: p.Contact.Email, GrantedAt: p.Grant.GrantedAt,
			Completed: len(p.Completed), Percent: p.Percent(), LastLessonID: p.Grant.LastLessonID, LastActivityAt: p.Grant.LastActivityAt,
			Lessons: make([]api.LessonDone, 0, len(p.Completed))}
		for _, d := range p.Completed {
			cp.Lessons = append(cp.Lessons, api.LessonDone{LessonID: d.LessonID, CompletedAt: d.CompletedAt})
		}
		out.Clients = append(out.Clients, cp)
	}
	return c.JSON(out)
}
