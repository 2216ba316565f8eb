package api

import (
	"github.com/gofiber/fiber/v2"
)

// showWorkflow answers GET /api/v1/workflows/:id.
func (s *Server) showWorkflow(c *fiber.Ctx) error {
	w, err := s.Workflows.Get(c.UserContext(), workspaceID(c), c.Params("id"))
	if err != nil {
		return err
	}
	out, err := workflowJSON(w)
	if err != nil {
		return err
	}
	return c.JSON(out)
}
