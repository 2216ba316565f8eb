package api

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/shared/api"
)

// inboxLimit is how many conversations the owner's inbox lists.
const inboxLimit = 200

func (s *Server) showThread(c *fiber.Ctx, contactID string) error {
	t, err := s.Messages.Thread(c.UserContext(), workspaceID(c), contactID)
	if err != nil {
		return err
	}
	out := api.Thread{Contact: contactJSON(t.Contact), Unread: t.Unread, Messages: make([]api.Message, 0, len(t.Messages))}
	for _, m := range t.Messages {
		out.Messages = append(out.Messages, messageJSON(m))
	}
	return c.JSON(out)
}
