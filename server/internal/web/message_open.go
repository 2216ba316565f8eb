package web

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/messages"
)

// showMessagesLink answers GET /messages/open/:token without using the link.
func (s *Server) showMessagesLink(c *fiber.Ctx) error {
	w, _ := currentWorkspace(c)
	token := c.Params("token")
	noStore(c)
	c.Set("Referrer-Policy", "no-referrer")
	st, err := s.Access.InspectLink(c.UserContext(), w.ID, token)
	if err != nil {
		return err
	}
	if !st.Valid {
		return page(c, "portal/pages/link_dead", MagicPage{Layout: s.layout(c, "Link expired"), Token: token})
	}
	return page(c, "portal/pages/message_open", LinkOpenPage{Layout: s.layout(c, "Messages"), Heading: "New messages",
		Lead: w.Name + " wrote to you in your client portal.", Action: messages.LinkPath(token),
		Button: "Read as " + clientView(st.Contact).FirstName})
}

// useMessagesLink is the click on "Read": the link is used and the client
// lands on the conversation.
func (s *Server) useMessagesLink(c *fiber.Ctx) error {
	w, _ := currentWorkspace(c)
	token := c.Params("token")
	ns, err := s.Access.ConsumeLink(c.UserContext(), w.ID, token, meta(c))
	if err != nil {
		c.Status(fiber.StatusGone)
		return page(c, "portal/pages/link_dead", MagicPage{Layout: s.layout(c, "Link expired"), Token: token})
	}
	return s.startSession(c, ns, "/messages")
}
