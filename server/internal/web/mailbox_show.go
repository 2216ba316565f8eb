package web

import (
	"net"

	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
)

// showMailbox lists the emails kept while no SMTP server is configured. It
// answers only on the service's own host, from loopback.
func (s *Server) showMailbox(c *fiber.Ctx) error {
	ip := net.ParseIP(c.IP())
	if _, onPortal := currentWorkspace(c); onPortal || !s.Config.DevMailbox() || ip == nil || !ip.IsLoopback() {
		return fiber.ErrNotFound
	}
	var emails []model.Email
	err := s.Store.View(c.UserContext(), func(tx *store.Tx) (err error) {
		emails, err = tx.Emails().Recent("", 100)
		return err
	})
	if err != nil {
		return err
	}
	noStore(c)
	return sitePage(c, "site/mailbox", SitePage{Title: "Development mailbox", DevMailbox: true, Emails: emails})
}
