package api

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/model"
	"clientportal/shared/api"
)

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
