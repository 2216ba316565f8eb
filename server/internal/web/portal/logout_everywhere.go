package portal

import (
	"github.com/gofiber/fiber/v2"
)

// logoutEverywhere ends every session of the client.
func (s *Server) logoutEverywhere(c *fiber.Ctx) error {
	ct := currentClient(c)
	if err := s.Sessions.LogoutEverywhere(c.UserContext(), ct.WorkspaceID, ct.ID); err != nil {
		return err
	}
	s.clearSession(c)
	return c.Redirect("/login", fiber.StatusSeeOther)
}
