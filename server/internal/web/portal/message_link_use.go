package portal

import (
	"github.com/gofiber/fiber/v2"
)

// useMessagesLink is the click on "Read": the link is used and the client
// lands on the conversation.
func (s *Server) useMessagesLink(c *fiber.Ctx) error {
	ns, ok, err := s.consumeLink(c)
	if !ok {
		return err
	}
	return s.startSession(c, ns, "/messages")
}
