package portal

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/web/httpx"
)

// showProfile shows the client's profile.
func (s *Server) showProfile(c *fiber.Ctx) error {
	httpx.NoStore(c)
	p := s.profilePage(c, currentClient(c))
	p.Notice = profileNotices[c.Query("saved")]
	return page(c, pageProfile, p)
}
