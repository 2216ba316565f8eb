package web

import (
	"time"

	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/access"
)

// MagicPage is the one-click page of a login link.
type MagicPage struct {
	Layout
	Name, Token string
	Sent        bool
}

// inspectLink looks at the one-click link of the request (:token) without
// using it, so mail scanners that fetch it change nothing. When the link
// cannot log in it renders the friendly "expired" page and ok is false.
func (s *Server) inspectLink(c *fiber.Ctx) (st access.LinkState, ok bool, err error) {
	w, _ := currentWorkspace(c)
	noStore(c)
	c.Set("Referrer-Policy", "no-referrer")
	st, err = s.Access.InspectLink(c.UserContext(), w.ID, c.Params("token"))
	if err != nil || st.Valid {
		return st, err == nil, err
	}
	return st, false, s.deadLink(c)
}

// consumeLink uses the request's one-click link once; when it cannot log in
// it renders the "expired" page (410) and ok is false.
func (s *Server) consumeLink(c *fiber.Ctx) (ns access.NewSession, ok bool, err error) {
	w, _ := currentWorkspace(c)
	ns, err = s.Access.ConsumeLink(c.UserContext(), w.ID, c.Params("token"), meta(c))
	if err != nil {
		c.Status(fiber.StatusGone)
		return ns, false, s.deadLink(c)
	}
	return ns, true, nil
}

func (s *Server) deadLink(c *fiber.Ctx) error {
	return page(c, "portal/pages/link_dead", MagicPage{Layout: s.layout(c, "Link expired"), Token: c.Params("token")})
}

// showMagicLink shows "Continue as Jane" for a live link, or the same
// friendly page for any link that cannot log in.
func (s *Server) showMagicLink(c *fiber.Ctx) error {
	st, ok, err := s.inspectLink(c)
	if !ok {
		return err
	}
	return page(c, "portal/pages/magic", MagicPage{Layout: s.layout(c, "Continue"), Name: clientView(st.Contact).FirstName, Token: c.Params("token")})
}

// useMagicLink is the click on "Continue": the link is used and a session starts.
func (s *Server) useMagicLink(c *fiber.Ctx) error {
	ns, ok, err := s.consumeLink(c)
	if !ok {
		return err
	}
	return s.startSession(c, ns, "/dashboard")
}

// renewMagicLink emails a fresh link to the contact of an old one; the
// answer is the same whether or not the link was known.
func (s *Server) renewMagicLink(c *fiber.Ctx) error {
	w, _ := currentWorkspace(c)
	token := c.Params("token")
	if s.allowEmail(c, w.ID, "renew:"+token, 3, 15*time.Minute) {
		s.Access.RenewFromLink(c.UserContext(), w.ID, token)
	}
	return page(c, "portal/pages/link_dead", MagicPage{Layout: s.layout(c, "Fresh link sent"), Token: token, Sent: true})
}
