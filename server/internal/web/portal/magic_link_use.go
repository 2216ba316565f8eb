package portal

import (
	"github.com/gofiber/fiber/v2"
)

// useMagicLink is the click on "Continue": the link is used and a session starts.
func (s *Server) useMagicLink(c *fiber.Ctx) error {
	ns, ok, err := s.consumeLink(c)
	if !ok {
		return err
	}
	return s.startSession(c, ns, "/dashboard")
}
