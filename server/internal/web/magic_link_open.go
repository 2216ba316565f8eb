package web

import (
	"github.com/gofiber/fiber/v2"
)

// MagicPage is the one-click page of a login link.
type MagicPage struct {
	Layout
	Name, Token string
	Sent        bool
}

// showMagicLink shows "Continue as Jane" for a live link, or the same
// friendly page for any link that cannot log in. A GET never uses the link,
// so mail scanners that fetch it change nothing.
func (s *Server) showMagicLink(c *fiber.Ctx) error {
	w, _ := currentWorkspace(c)
	token := c.Params("token")
	noStore(c)
	c.Set("Referrer-Policy", "no-referrer")
	st, err := s.Access.InspectLink(c.UserContext(), w.ID, token)
	if err != nil {
		return err
	}
	if !st.Valid {
		return page(c, "portal/pages/link_dead", MagicPage{Layout: s.layout(c, "Link expired"), Token: token})
	}
	return page(c, "portal/pages/magic", MagicPage{Layout: s.layout(c, "Continue"), Name: clientView(st.Contact).FirstName, Token: token})
}

// useMagicLink is the click on "Continue": the link is used and a session starts.
func (s *Server) useMagicLink(c *fiber.Ctx) error {
	w, _ := currentWorkspace(c)
	token := c.Params("token")
	ns, err := s.Access.ConsumeLink(c.UserContext(), w.ID, token, meta(c))
	if err != nil {
		c.Status(fiber.StatusGone)
		return page(c, "portal/pages/link_dead", MagicPage{Layout: s.layout(c, "Link expired"), Token: token})
	}
	return s.startSession(c, ns, "/dashboard")
}

// renewMagicLink emails a fresh link to the contact of an old one; the
// answer is the same whether or not the link was known.
func (s *Server) renewMagicLink(c *fiber.Ctx) error {
	w, _ := currentWorkspace(c)
	token := c.Params("token")
	if s.allowEmail(w.ID, "renew:"+token, 3, 15*60e9) {
		s.Access.RenewFromLink(c.UserContext(), w.ID, token)
	}
	return page(c, "portal/pages/link_dead", MagicPage{Layout: s.layout(c, "Fresh link sent"), Token: token, Sent: true})
}
