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
	return page(c, "portal/pages/magic", MagicPage{Layout: s.layout(c, "Continue"), Name: httpx.ClientViewOf(st.Contact).FirstName, Token: c.Params("token")})
}
