package portal

import (
	"net"

	"clientportal/server/internal/web/httpx"

	"github.com/gofiber/fiber/v2"
)

// showMailbox lists the emails kept while no SMTP server is configured. It
// answers only on the service's own host, from loopback, and only while the
// base URL is a local one (behind a proxy every request looks local).
func (s *Server) showMailbox(c *fiber.Ctx) error {
	ip := net.ParseIP(httpx.ClientIP(c))
	if _, onPortal := currentWorkspace(c); onPortal || !s.Config.DevMailbox() || ip == nil || !ip.IsLoopback() || !localBase(s.Config.BaseURL.Hostname()) {
		return fiber.ErrNotFound
	}
	emails, err := s.Mail.Recent(c.UserContext(), 100)
	if err != nil {
		return err
	}
	httpx.NoStore(c)
	return sitePage(c, siteMailbox, SitePage{Title: "Development mailbox", DevMailbox: true, Emails: emails})
}

// localBase reports whether the portal's base host is this machine.
func localBase(host string) bool {
	if ip := net.ParseIP(host); ip != nil {
		return ip.IsLoopback()
	}
	return host == "localhost"
}
