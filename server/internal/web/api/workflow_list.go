package api

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/shared/api"
)

// listWorkflows answers GET /api/v1/workflows.
func (s *Server) listWorkflows(c *fiber.Ctx) error {
	ws, err := s.Workflows.List(c.UserContext(), workspaceID(c))
	if err != nil {
		return err
	}
	out := api.WorkflowList{Workflows: make([]api.Workflow, len(ws))}
	for i, w := range ws {
		if out.Workflows[i], err = workflowJSON(w); err != nil {
			return err
		}
	}
	return c.JSON(out)
}
