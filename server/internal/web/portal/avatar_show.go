package portal

import (
	"github.com/gofiber/fiber/v2"
)

// showAvatar answers /avatars/:contactID with the signed-in client's own
// picture; other clients' pictures are not theirs to see.
func (s *Server) showAvatar(c *fiber.Ctx) error {
	me := currentClient(c)
	if c.Params("contactID") != me.ID {
		return fiber.ErrNotFound
	}
	return s.SendAvatar(c, me.WorkspaceID, me.ID)
}
