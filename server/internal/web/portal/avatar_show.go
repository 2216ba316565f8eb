package portal

import (
	"fmt"

	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/profile"
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

// avatarRules is shown on the profile page beside the upload field.
var avatarRules = fmt.Sprintf("JPEG, PNG or WebP, up to %d MB. We crop it to a square.", profile.AvatarRules.MaxBytes>>20)
