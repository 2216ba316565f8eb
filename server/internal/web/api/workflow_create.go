package api

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/workflows"
	"clientportal/shared/api"
)

// createWorkflow answers POST /api/v1/workflows.
func (s *Server) createWorkflow(c *fiber.Ctx) error {
	var in api.WorkflowInput
	if err := parseJSON(c, &in); err != nil {
		return err
	}
	wi := workflows.Input{Name: in.Name, Enabled: in.Enabled}
	if err := convert(in.Trigger, &wi.Trigger); err != nil {
		return err
	}
	if err := convert(in.Steps, &wi.Steps); err != nil {
		return err
	}
	w, err := s.Workflows.Create(c.UserContext(), workspaceID(c), wi)
	if err != nil {
		return err
	}
	out, err := workflowJSON(w)
	if err != nil {
		return err
	}
	return c.Status(fiber.StatusCreated).JSON(out)
}
