package portal

import (
	"github.com/gofiber/fiber/v2"
)

// completeLesson answers POST /courses/:id/lessons/:lessonID/complete: the
// lesson is marked finished and the client goes on to the next lesson, or
// back to the course after the last one.
func (s *Server) completeLesson(c *fiber.Ctx) error {
	ct := currentClient(c)
	courseID, lessonID := c.Params("id"), c.Params("lessonID")
	e, err := s.Courses.Complete(c.UserContext(), ct.WorkspaceID, ct.ID, courseID, lessonID)
	if err != nil {
		return err
	}
	next := "/courses/" + courseID
	for i, l := range e.Lessons {
		if l.ID == lessonID && i+1 < len(e.Lessons) {
			next += "/lessons/" + e.Lessons[i+1].ID + "?done=1"
		}
	}
	if isHTMX(c) {
		hx{c}.Redirect(next)
		return c.SendStatus(fiber.StatusNoContent)
	}
	return c.Redirect(next, fiber.StatusSeeOther)
}
