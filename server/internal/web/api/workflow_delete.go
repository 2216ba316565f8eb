package api

import (
	"github.com/gofiber/fiber/v2"
)

// deleteWorkflow answers DELETE /api/v1/workflows/:id; its waiting runs are
// cancelled and its run history stays readable.
func (s *Server) deleteWorkflow(c *fiber.Ctx) error {
	if err := s.Workflows.Delete(c.UserContext(), workspaceID(c), c.Params("id")); err != nil {
		return err
	}
	return c.SendStatus(fiber.StatusNoContent)
}
