package portal

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/messages"
	"clientportal/server/internal/web/httpx"
)

// showMessagesLink answers GET /messages/open/:token without using the link.
func (s *Server) showMessagesLink(c *fiber.Ctx) error {
	w, _ := currentWorkspace(c)
	token := c.Params("token")
	st, ok, err := s.inspectLink(c)
	if !ok {
		return err
	}
	name := httpx.ClientViewOf(st.Contact).FirstName
	return page(c, pageLinkOpen, LinkOpenPage{Layout: s.layout(c, "Messages"), Heading: "New messages",
		Lead: w.Name + " wrote to you in your client portal.", Action: messages.LinkPath(token), Button: "Read as " + name, Name: name})
}
