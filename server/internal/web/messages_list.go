package web

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/shared/api"
)

// inboxLimit is how many conversations the owner's inbox lists.
const inboxLimit = 200

// listMessages answers GET /api/v1/messages: the inbox across contacts, or
// with ?contact_id= the conversation with one contact.
func (s *Server) listMessages(c *fiber.Ctx) error {
	if id := c.Query("contact_id"); id != "" {
		return s.showThread(c, id)
	}
	ts, err := s.Messages.Inbox(c.UserContext(), workspaceID(c), inboxLimit)
	if err != nil {
		return err
	}
	out := api.Inbox{Threads: make([]api.InboxThread, 0, len(ts))}
	for _, t := range ts {
		out.Threads = append(out.Threads, api.InboxThread{Contact: contactJSON(t.Contact), Unread: t.Unread, LastMessage: messageJSON(t.Last)})
	}
	return c.JSON(out)
}

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
