package api

import (
	"github.com/gofiber/fiber/v2"
)

// ownerWorkspaceName is the name the workspace's own posts carry.
func ownerWorkspaceName(s *Server, c *fiber.Ctx) string {
	w, err := s.Workspaces.Get(c.UserContext(), workspaceID(c))
	if err != nil {
		return "The team"
	}
	return w.Name
}
