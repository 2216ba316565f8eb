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
	speakTo(c, st.Contact)
	z, name := s.lz(c), httpx.ClientViewOf(st.Contact).FirstName
	return page(c, pageLinkOpen, LinkOpenPage{Layout: s.layout(c, z.T("messages.title")), Heading: z.T("messages.link_heading"),
		Lead: z.T("messages.link_lead", "Workspace", w.Name), Action: messages.LinkPath(token), Button: z.T("messages.link_button", "Name", name), Name: name})
}
