package api

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/web/httpx"
)

// downloadAttachmentForOwner answers GET /api/v1/messages/:id/attachment.
func (s *Server) downloadAttachmentForOwner(c *fiber.Ctx) error {
	a, err := s.Messages.Attachment(c.UserContext(), workspaceID(c), "", c.Params("id"))
	if err != nil {
		return err
	}
	return httpx.SendAttachment(c, a)
}
