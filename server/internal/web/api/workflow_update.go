package api

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/workflows"
	"clientportal/shared/api"
)

// updateWorkflow answers PATCH /api/v1/workflows/:id: pause or resume with
// enabled, rename, or give a new trigger or steps.
func (s *Server) updateWorkflow(c *fiber.Ctx) error {
	var in api.WorkflowChange
	if err := parseJSON(c, &in); err != nil {
		return err
	}
	ch := workflows.Change{Name: in.Name, Enabled: in.Enabled}
	if in.Trigger != nil {
		ch.Trigger = &workflows.Trigger{}
		if err := convert(in.Trigger, ch.Trigger); err != nil {
			return err
		}
	}
	if in.Steps != nil {
		if err := convert(in.Steps, &ch.Steps); err != nil {
			return err
		}
	}
	w, err := s.Workflows.Update(c.UserContext(), workspaceID(c), c.Params("id"), ch)
	if err != nil {
		return err
	}
	out, err := workflowJSON(w)
	if err != nil {
		return err
	}
	return c.JSON(out)
}
