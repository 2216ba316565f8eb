package api

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/shared/api"
)

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
