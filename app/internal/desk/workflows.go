package desk

import (
	"context"

	"clientportal/shared/api"
)

// Workflows lists the workspace's automations with their run counts.
func (a *App) Workflows(ctx context.Context) (api.WorkflowList, error) {
	c, err := a.Current()
	if err != nil {
		return api.WorkflowList{}, err
	}
	l, err := c.Client.Workflows(ctx)
	a.observe(err)
	return l, err
}

// CreateWorkflow saves a new automation; it needs the server.
func (a *App) CreateWorkflow(ctx context.Context, in api.WorkflowInput) (api.Workflow, error) {
	c, err := a.Current()
	if err != nil {
		return api.Workflow{}, err
	}
	w, err := c.Client.CreateWorkflow(ctx, in, "")
	a.observe(err)
	return w, err
}

// UpdateWorkflow pauses or resumes an automation.
func (a *App) UpdateWorkflow(ctx context.Context, id string, ch api.WorkflowChange) (api.Workflow, error) {
	c, err := a.Current()
	if err != nil {
		return api.Workflow{}, err
	}
	w, err := c.Client.UpdateWorkflow(ctx, id, ch)
	a.observe(err)
	return w, err
}

// WorkflowRuns lists an automation's runs with their step logs.
func (a *App) WorkflowRuns(ctx context.Context, id string) (api.WorkflowRunList, error) {
	c, err := a.Current()
	if err != nil {
		return api.WorkflowRunList{}, err
	}
	l, err := c.Client.WorkflowRuns(ctx, id)
	a.observe(err)
	return l, err
}
