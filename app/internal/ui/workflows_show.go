package ui

import (
	"net/http"

	"clientportal/app/internal/desk"
	"clientportal/shared/api"
)

// WorkflowList is the workspace's automations and the recipes to start from.
type WorkflowList struct {
	Items   []WorkflowRow
	Recipes []Recipe
	Message *Message
	OOB     bool // swapped in beside another fragment (out of band)
}

// WorkflowRow is one automation as the list shows it.
type WorkflowRow struct {
	api.Workflow
}

// TriggerLabel says in words what starts the workflow.
func (w WorkflowRow) TriggerLabel() string {
	switch t := w.Trigger; {
	case t.Event != "":
		return "When " + t.Event
	case t.Schedule != "":
		return "On schedule " + t.Schedule + " (workspace time zone)"
	}
	return "Started by hand"
}

// showWorkflows shows the automations page.
func (h *Handler) showWorkflows(w http.ResponseWriter, r *http.Request) {
	if !h.connected(w, r) {
		return
	}
	h.page(w, r, "automations", h.newPage(r, "Automations", "automations", h.workflowList(r)))
}

// showWorkflowList answers the list alone, for a refresh.
func (h *Handler) showWorkflowList(w http.ResponseWriter, r *http.Request) {
	h.partial(w, r, "_workflow_list", h.workflowList(r))
}

func (h *Handler) workflowList(r *http.Request) WorkflowList {
	out := WorkflowList{Recipes: recipes}
	l, err := h.app.Workflows(r.Context())
	if err != nil {
		out.Message = &Message{Kind: "error", Text: "Could not load the automations: " + desk.UserMessage(err)}
		return out
	}
	for _, wf := range l.Workflows {
		out.Items = append(out.Items, WorkflowRow{Workflow: wf})
	}
	return out
}

// enableWorkflow pauses (enabled=false) or resumes an automation.
func (h *Handler) enableWorkflow(w http.ResponseWriter, r *http.Request) {
	on := r.FormValue("enabled") == "true"
	_, err := h.app.UpdateWorkflow(r.Context(), r.PathValue("id"), api.WorkflowChange{Enabled: &on})
	h.workflowsChanged(w, r, err, "")
}

func (h *Handler) workflowsChanged(w http.ResponseWriter, r *http.Request, err error, done string) {
	l := h.workflowList(r)
	switch {
	case err != nil:
		msg, _ := fieldProblems(err)
		l.Message = &Message{Kind: "error", Text: "Not changed: " + msg}
	case done != "":
		l.Message = &Message{Kind: "ok", Text: done}
	}
	h.partial(w, r, "_workflow_list", l)
}
