package api

import (
	"github.com/gofiber/fiber/v2"
)

// pinGroupPost answers PUT (pin) and DELETE (unpin) /api/v1/groups/:id/posts/:postID/pin.
func (s *Server) pinGroupPost(c *fiber.Ctx) error {
	err := s.Groups.SetPinned(c.UserContext(), workspaceID(c), c.Params("id"), c.Params("postID"), c.Method() == fiber.MethodPut)
	if err != nil {
		return err
	}
	return c.SendStatus(fiber.StatusNoContent)
}
