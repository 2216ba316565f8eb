package ui

import (
	"net/http"
	"strings"

	"clientportal/app/internal/desk"
	"clientportal/shared/api"
)

// WorkflowRuns is one automation's runs, each with its step log.
type WorkflowRuns struct {
	Items   []WorkflowRunRow
	Message *Message
}

// WorkflowRunRow is one contact's run as the log shows it.
type WorkflowRunRow struct {
	api.WorkflowRun
	ContactName string
}

// StepsLabel is the run's steps in order, like "wait done · if then · email done".
func (r WorkflowRunRow) StepsLabel() string {
	parts := make([]string, 0, len(r.Steps))
	for _, s := range r.Steps {
		p := s.Kind + " " + s.State
		if s.Error != "" {
			p += " (" + s.Error + ")"
		}
		parts = append(parts, p)
	}
	if len(parts) == 0 {
		return "not started yet"
	}
	return strings.Join(parts, " · ")
}

// showWorkflowRuns answers an automation's run log alone.
func (h *Handler) showWorkflowRuns(w http.ResponseWriter, r *http.Request) {
	var out WorkflowRuns
	l, err := h.app.WorkflowRuns(r.Context(), r.PathValue("id"))
	if err != nil {
		out.Message = &Message{Kind: "error", Text: "Could not load the runs: " + desk.UserMessage(err)}
		h.partial(w, r, "_workflow_runs", out)
		return
	}
	names := map[string]string{}
	for _, c := range h.invoiceContacts(r) {
		names[c.ID] = who(c)
	}
	for _, run := range l.Runs {
		name := names[run.ContactID]
		if name == "" {
			name = run.ContactID
		}
		out.Items = append(out.Items, WorkflowRunRow{WorkflowRun: run, ContactName: name})
	}
	h.partial(w, r, "_workflow_runs", out)
}
