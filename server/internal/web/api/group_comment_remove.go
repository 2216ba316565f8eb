package api

import (
	"github.com/gofiber/fiber/v2"
)

// removeGroupComment answers DELETE /api/v1/groups/:id/posts/:postID/comments/:commentID.
func (s *Server) removeGroupComment(c *fiber.Ctx) error {
	if err := s.Groups.RemoveComment(c.UserContext(), workspaceID(c), c.Params("id"), c.Params("postID"), c.Params("commentID")); err != nil {
		return err
	}
	return c.SendStatus(fiber.StatusNoContent)
}
