package portal

import (
	"github.com/gofiber/fiber/v2"
)

// RenderError answers a failed page request: the error page of the
// workspace's portal (or the service's own not-found page), a fragment for
// htmx; the shared error handler calls it for everything but the API.
func (s *Server) RenderError(c *fiber.Ctx, status int, msg string, busy bool) error {
	c.Status(status)
	if busy {
		z := s.lz(c)
		heading := z.T("common.error.busy")
		return page(c, pageError, ErrorPage{Layout: s.layout(c, heading), Heading: heading, Message: z.T("common.error.busy_message")})
	}
	return s.renderErrorPage(c, status, msg)
}
