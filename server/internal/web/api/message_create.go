package api

import (
	"strings"

	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/messages"
	"clientportal/server/internal/model"
	"clientportal/server/internal/web/httpx"
	"clientportal/shared/api"
)

// createMessage answers POST /api/v1/messages: the owner's message to a
// contact, as JSON or as a multipart form with a file.
func (s *Server) createMessage(c *fiber.Ctx) error {
	var in api.NewMessage
	var file *messages.Upload
	if strings.HasPrefix(c.Get(fiber.HeaderContentType), fiber.MIMEMultipartForm) {
		in.ContactID, in.Body = c.FormValue("contact_id"), c.FormValue("body")
		var err error
		if file, err = httpx.MessageFile(c, "file"); err != nil {
			return err
		}
	} else if err := parseJSON(c, &in); err != nil {
		return err
	}
	m, err := s.Messages.Send(c.UserContext(), workspaceID(c), in.ContactID, model.AuthorOwner, in.Body, file)
	if err != nil {
		return err
	}
	return c.Status(fiber.StatusCreated).JSON(messageJSON(m))
}
