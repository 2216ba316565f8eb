package portal

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/web/httpx"
)

// showMessageThread answers GET /messages/thread: the fragment alone.
func (s *Server) showMessageThread(c *fiber.Ctx) error {
	httpx.NoStore(c)
	t, err := s.clientThread(c, "")
	if err != nil {
		return err
	}
	c.Set(fiber.HeaderContentType, fiber.MIMETextHTMLCharsetUTF8)
	return partial(c, partialMessageThread, t)
}
