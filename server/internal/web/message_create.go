package web

import (
	"io"
	"strings"

	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/messages"
	"clientportal/server/internal/model"
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
		if file, err = messageFile(c, "file"); err != nil {
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

// messageFile reads an optional uploaded file of a multipart form.
func messageFile(c *fiber.Ctx, field string) (*messages.Upload, error) {
	fh, err := c.FormFile(field)
	if err != nil {
		return nil, nil
	}
	if fh.Size > int64(MaxBody) {
		return nil, fiber.NewError(fiber.StatusRequestEntityTooLarge, "The file is too large.")
	}
	f, err := fh.Open()
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(f)
	if err != nil {
		return nil, err
	}
	return &messages.Upload{Name: fh.Filename, Data: data}, nil
}

// markMessagesRead answers POST /api/v1/messages/read {"contact_id"}.
func (s *Server) markMessagesRead(c *fiber.Ctx) error {
	var in api.ReadRequest
	if err := parseJSON(c, &in); err != nil {
		return err
	}
	if err := s.Messages.MarkRead(c.UserContext(), workspaceID(c), in.ContactID, model.AuthorOwner); err != nil {
		return err
	}
	return c.SendStatus(fiber.StatusNoContent)
}

// downloadAttachmentForOwner answers GET /api/v1/messages/:id/attachment.
func (s *Server) downloadAttachmentForOwner(c *fiber.Ctx) error {
	a, err := s.Messages.Attachment(c.UserContext(), workspaceID(c), "", c.Params("id"))
	if err != nil {
		return err
	}
	return sendAttachment(c, a)
}

// sendAttachment answers with a message's file, never as something to run.
func sendAttachment(c *fiber.Ctx, a messages.Attachment) error {
	noStore(c)
	c.Set(fiber.HeaderContentType, a.ContentType)
	c.Set(fiber.HeaderContentDisposition, `attachment; filename="`+asciiFileName(a.Name)+`"`)
	c.Set("X-Content-Type-Options", "nosniff")
	c.Set(fiber.HeaderContentSecurityPolicy, "default-src 'none'; sandbox")
	return c.Send(a.Data)
}
