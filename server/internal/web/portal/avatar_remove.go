package portal

import (
	"github.com/gofiber/fiber/v2"
)

// removeAvatar goes back to showing the client's initials.
func (s *Server) removeAvatar(c *fiber.Ctx) error {
	ct := currentClient(c)
	if err := s.Profiles.RemoveAvatar(c.UserContext(), ct.WorkspaceID, ct.ID); err != nil {
		return err
	}
	return profileSaved(c, "removed")
}
