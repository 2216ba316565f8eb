package api

import (
	"encoding/json"
	"fmt"

	"clientportal/server/internal/workflows"
	"clientportal/shared/api"
)

// convert copies a trigger or steps between the wire and domain types,
// which share their JSON shape.
func convert(in, out any) error {
	b, err := json.Marshal(in)
	if err == nil {
		err = json.Unmarshal(b, out)
	}
	if err != nil {
		return fmt.Errorf("convert workflow: %w", err)
	}
	return nil
}

// workflowJSON is the API shape of a workflow.
func workflowJSON(w workflows.Workflow) (api.Workflow, error) {
	out := api.Workflow{ID: w.ID, Name: w.Name, Enabled: w.Enabled, Steps: []api.WorkflowStep{}, CreatedAt: w.CreatedAt, UpdatedAt: w.UpdatedAt,
		Runs: api.WorkflowCounts{Waiting: w.Counts[api.RunWaiting] + w.Counts[api.RunRunning], Done: w.Counts[api.RunDone], Failed: w.Counts[api.RunFailed]}}
	for _, n := range w.Counts {
		out.Runs.Total += n
	}
	if err := convert(w.Trigger, &out.Trigger); err != nil {
		return out, err
	}
	return out, convert(w.Steps, &out.Steps)
}

// workflowRunJSON is the API shape of a run and its step log.
func workflowRunJSON(r workflows.Run) api.WorkflowRun {
	out := api.WorkflowRun{ID: r.ID, ContactID: r.ContactID, State: r.State, TriggerEventID: r.TriggerEventID, CreatedAt: r.CreatedAt,
		Steps: make([]api.WorkflowRunStep, len(r.Steps))}
	if r.State == api.RunWaiting {
		out.WakeAt = r.WakeAt
	}
	for i, s := range r.Steps {
		out.Steps[i] = api.WorkflowRunStep{Index: s.Idx, Kind: s.Kind, State: s.State, At: s.At, Error: s.Error}
	}
	return out
}

func workflowRunsJSON(rs []workflows.Run) []api.WorkflowRun {
	out := make([]api.WorkflowRun, len(rs))
	for i, r := range rs {
		out[i] = workflowRunJSON(r)
	}
	return out
}
