package portal

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/web/httpx"
)

// downloadLessonAttachment answers /courses/:id/lessons/:lessonID/attachment.
func (s *Server) downloadLessonAttachment(c *fiber.Ctx) error {
	ct := currentClient(c)
	a, err := s.Courses.ClientAttachment(c.UserContext(), ct.WorkspaceID, ct.ID, c.Params("id"), c.Params("lessonID"))
	if err != nil {
		return err
	}
	httpx.NoStore(c)
	c.Set(fiber.HeaderContentType, "application/pdf")
	c.Set(fiber.HeaderContentDisposition, `attachment; filename="`+a.Name+`"`)
	c.Set("X-Content-Type-Options", "nosniff")
	return c.Send(a.Data)
}
