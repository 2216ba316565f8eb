package api

import (
	"github.com/gofiber/fiber/v2"
)

// removeGroupPost answers DELETE /api/v1/groups/:id/posts/:postID.
func (s *Server) removeGroupPost(c *fiber.Ctx) error {
	if err := s.Groups.RemovePost(c.UserContext(), workspaceID(c), c.Params("id"), c.Params("postID")); err != nil {
		return err
	}
	return c.SendStatus(fiber.StatusNoContent)
}
