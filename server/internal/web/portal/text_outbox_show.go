package portal

import (
	"net"

	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/web/httpx"
)

// showTextOutbox lists the texts kept while no text provider is
// configured. Like the mailbox, it answers only on the service's own host,
// from loopback, and only while the base URL is a local one.
func (s *Server) showTextOutbox(c *fiber.Ctx) error {
	ip := net.ParseIP(httpx.ClientIP(c))
	if _, onPortal := currentWorkspace(c); onPortal || !s.Texts.DevOutbox() || ip == nil || !ip.IsLoopback() || !localBase(s.Config.BaseURL.Hostname()) {
		return fiber.ErrNotFound
	}
	texts, err := s.Texts.Recent(c.UserContext(), 100)
	if err != nil {
		return err
	}
	httpx.NoStore(c)
	return sitePage(c, siteTexts, SitePage{Title: "Development text outbox", Texts: texts})
}
