package portal

import (
	"github.com/gofiber/fiber/v2"
)

// logout ends this browser's session.
func (s *Server) logout(c *fiber.Ctx) error {
	sess := currentSession(c)
	if err := s.Sessions.Logout(c.UserContext(), sess.WorkspaceID, sess.ID); err != nil {
		return err
	}
	s.clearSession(c)
	return c.Redirect("/login", fiber.StatusSeeOther)
}
