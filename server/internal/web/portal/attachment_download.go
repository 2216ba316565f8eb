package portal

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/web/httpx"
)

// downloadAttachmentForClient answers GET /messages/:id/attachment.
func (s *Server) downloadAttachmentForClient(c *fiber.Ctx) error {
	ct := currentClient(c)
	a, err := s.Messages.Attachment(c.UserContext(), ct.WorkspaceID, ct.ID, c.Params("id"))
	if err != nil {
		return err
	}
	return httpx.SendAttachment(c, a)
}
