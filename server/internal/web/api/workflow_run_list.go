package api

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/shared/api"
)

// listWorkflowRuns answers GET /api/v1/workflows/:id/runs?contact_id=.
func (s *Server) listWorkflowRuns(c *fiber.Ctx) error {
	runs, err := s.Workflows.Runs(c.UserContext(), workspaceID(c), c.Params("id"), c.Query("contact_id"))
	if err != nil {
		return err
	}
	return c.JSON(api.WorkflowRunList{Runs: workflowRunsJSON(runs)})
}
