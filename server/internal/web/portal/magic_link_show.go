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
	z := s.lz(c)
	l, name := s.layout(c, z.T("auth.continue_title")), httpx.ClientViewOf(st.Contact).FirstName
	return page(c, pageLinkOpen, LinkOpenPage{Layout: l, Heading: z.T("auth.continue_as", "Name", name),
		Lead: z.T("auth.continue_lead", "Brand", l.Brand.Name), Action: "/login/magic/" + c.Params("token"),
		Button: z.T("auth.continue_as", "Name", name), Name: name})
}
