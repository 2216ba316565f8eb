package api

import (
	"strings"

	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/courses"
	"clientportal/server/internal/web/httpx"
)

// attachLessonPDF answers PUT /api/v1/courses/:id/lessons/:lessonID/attachment
// (multipart, the PDF in "file").
func (s *Server) attachLessonPDF(c *fiber.Ctx) error {
	if !strings.HasPrefix(c.Get(fiber.HeaderContentType), fiber.MIMEMultipartForm) {
		return fiber.NewError(fiber.StatusUnsupportedMediaType, "Send the attachment as multipart/form-data with the PDF in the 'file' field.")
	}
	data, err := httpx.DocumentFile(c, "file", courses.MaxAttachment)
	if err != nil {
		return err
	}
	name := ""
	if fh, err := c.FormFile("file"); err == nil {
		name = fh.Filename
	}
	l, err := s.Courses.Attach(c.UserContext(), workspaceID(c), c.Params("id"), c.Params("lessonID"), name, data)
	if err != nil {
		return err
	}
	return c.JSON(lessonJSON(l))
}
