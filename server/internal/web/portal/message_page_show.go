package portal

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/web/httpx"
)

// showMessages answers GET /messages: the conversation and the reply form;
// opening it marks the owner's messages read.
func (s *Server) showMessages(c *fiber.Ctx) error {
	httpx.NoStore(c)
	t, err := s.clientThread(c, "")
	if err != nil {
		return err
	}
	return page(c, pageMessages, MessagesPage{Layout: s.appLayout(c, s.lz(c).T("messages.title"), "/messages"), Thread: t})
}
