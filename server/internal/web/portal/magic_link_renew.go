package portal

import (
	"time"

	"github.com/gofiber/fiber/v2"
)

// renewMagicLink emails a fresh link to the contact of an old one; the
// answer is the same whether or not the link was known.
func (s *Server) renewMagicLink(c *fiber.Ctx) error {
	w, _ := currentWorkspace(c)
	token := c.Params("token")
	if s.AllowEmail(c, w.ID, "renew:"+token, 3, 15*time.Minute) {
		s.Links.RenewFromLink(c.UserContext(), w.ID, token)
	}
	return page(c, pageLinkDead, DeadLinkPage{Layout: s.layout(c, s.lz(c).T("auth.fresh_sent_title")), Token: token, Sent: true})
}
