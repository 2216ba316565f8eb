package portal

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/web/httpx"
)

// showMagicLink shows "Continue as Jane" for a live link, or the same
// friendly page for any link that cannot log in.
func (s *Server) showMagicLink(c *fiber.Ctx) error {
	st, ok, err := s.inspectLink(c)
	if !ok {
		return err
	}
	l, name := s.layout(c, "Continue"), httpx.ClientViewOf(st.Contact).FirstName
	return page(c, pageLinkOpen, LinkOpenPage{Layout: l, Heading: "Continue as " + name,
		Lead: "Log in to the client portal of " + l.Brand.Name + ".", Action: "/login/magic/" + c.Params("token"),
		Button: "Continue as " + name, Name: name})
}
