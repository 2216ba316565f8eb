package api

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/shared/api"
)

// startWorkflow answers POST /api/v1/workflows/:id/runs for a manual workflow.
func (s *Server) startWorkflow(c *fiber.Ctx) error {
	var in api.WorkflowStart
	if err := parseJSON(c, &in); err != nil {
		return err
	}
	runs, err := s.Workflows.Start(c.UserContext(), workspaceID(c), c.Params("id"), in.ContactIDs)
	if err != nil {
		return err
	}
	return c.Status(fiber.StatusCreated).JSON(api.WorkflowStarted{Runs: workflowRunsJSON(runs)})
}
