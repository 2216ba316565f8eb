package web

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/messages"
)

// showMessagesLink answers GET /messages/open/:token without using the link.
func (s *Server) showMessagesLink(c *fiber.Ctx) error {
	w, _ := currentWorkspace(c)
	token := c.Params("token")
	st, ok, err := s.inspectLink(c)
	if !ok {
		return err
	}
	return page(c, "portal/pages/message_open", LinkOpenPage{Layout: s.layout(c, "Messages"), Heading: "New messages",
		Lead: w.Name + " wrote to you in your client portal.", Action: messages.LinkPath(token),
		Button: "Read as " + clientView(st.Contact).FirstName})
}

// useMessagesLink is the click on "Read": the link is used and the client
// lands on the conversation.
func (s *Server) useMessagesLink(c *fiber.Ctx) error {
	ns, ok, err := s.consumeLink(c)
	if !ok {
		return err
	}
	return s.startSession(c, ns, "/messages")
}
