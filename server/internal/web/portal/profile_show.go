package portal

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/web/httpx"
)

// showProfile shows the client's profile.
func (s *Server) showProfile(c *fiber.Ctx) error {
	httpx.NoStore(c)
	p := s.profilePage(c, currentClient(c))
	if id, ok := profileNotices[c.Query("saved")]; ok {
		p.Notice = s.lz(c).T(id)
	}
	return page(c, pageProfile, p)
}
