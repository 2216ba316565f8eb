package portal

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/links"
	"clientportal/server/internal/sessions"
	"clientportal/server/internal/web/httpx"
)

// LinkOpenPage is the one page every one-click link from an email opens
// (login, document, invoice, messages): a GET shows it and changes nothing,
// only the POST of its button uses the link.
type LinkOpenPage struct {
	Layout
	Heading, Lead string
	Action        string // where the button posts: the link itself
	Button        string
	ButtonID      string // for a page that tests or scripts find the button by
	Name          string // the contact's first name, for "Not Jane?"
}

// DeadLinkPage is the friendly page of a link that cannot log in, with a
// button that emails a fresh one.
type DeadLinkPage struct {
	Layout
	Token string
	Sent  bool
}

// inspectLink looks at the one-click link of the request (:token) without
// using it, so mail scanners that fetch it change nothing. When the link
// cannot log in it renders the friendly "expired" page and ok is false.
func (s *Server) inspectLink(c *fiber.Ctx) (st links.LinkState, ok bool, err error) {
	w, _ := currentWorkspace(c)
	httpx.NoStore(c)
	c.Set("Referrer-Policy", "no-referrer")
	st, err = s.Links.Inspect(c.UserContext(), w.ID, c.Params("token"))
	if err != nil || st.Valid {
		return st, err == nil, err
	}
	return st, false, s.deadLink(c)
}

// consumeLink uses the request's one-click link once; when it cannot log in
// it renders the "expired" page (410) and ok is false.
func (s *Server) consumeLink(c *fiber.Ctx) (ns sessions.NewSession, ok bool, err error) {
	w, _ := currentWorkspace(c)
	ns, err = s.Links.Consume(c.UserContext(), w.ID, c.Params("token"), meta(c))
	if err != nil {
		c.Status(fiber.StatusGone)
		return ns, false, s.deadLink(c)
	}
	return ns, true, nil
}

func (s *Server) deadLink(c *fiber.Ctx) error {
	return page(c, pageLinkDead, DeadLinkPage{Layout: s.layout(c, s.lz(c).T("auth.dead_title")), Token: c.Params("token")})
}
