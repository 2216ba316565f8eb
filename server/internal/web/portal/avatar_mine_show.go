package portal

import (
	"github.com/gofiber/fiber/v2"
)

// showMyAvatar answers /avatars/me: the signed-in client's picture, or their
// initials as an image, for the top bar's account menu.
func (s *Server) showMyAvatar(c *fiber.Ctx) error {
	me := currentClient(c)
	return s.SendAvatar(c, me.WorkspaceID, me.ID)
}
