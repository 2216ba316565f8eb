package ui

import (
	"net/http"
	"strings"

	"clientportal/shared/api"
)

// editWorkflow answers the editor's buttons: add, remove or move a step
// (the editor comes back changed, nothing saved), or save the workflow
// (the list comes back; on bad input the editor, each error by its field).
func (h *Handler) editWorkflow(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		http.Error(w, "bad form", http.StatusBadRequest)
		return
	}
	id, op := r.PostFormValue("id"), r.PostFormValue("op")
	in := workflowFromForm(r.PostForm)
	if op != "save" {
		list, _, _ := strings.Cut(strings.TrimPrefix(op, "add:"), ":")
		var focus string
		in.Steps, focus = applyOp(in.Steps, op, r.PostFormValue("add_kind:"+list))
		e := h.editorOf(r, id, in, nil)
		e.Focus = focus
		h.partial(w, r, "_workflow_editor", e)
		return
	}
	if len(in.Steps) == 0 {
		// A change without steps would keep the saved ones (steps is left out
		// of it), so a workflow with none is refused here, as the server does.
		e := h.editorOf(r, id, in, map[string]string{"steps": "Add at least one step."})
		e.Message = &Message{Kind: "error", Text: "Not saved: add at least one step."}
		e.Focus = controlID("steps", "add")
		h.partial(w, r, "_workflow_editor", e)
		return
	}
	var err error
	if id == "" {
		_, err = h.app.CreateWorkflow(r.Context(), in)
	} else {
		_, err = h.app.UpdateWorkflow(r.Context(), id, api.WorkflowChange{Name: &in.Name, Trigger: &in.Trigger, Steps: in.Steps})
	}
	if err != nil {
		msg, fields := fieldProblems(err)
		e := h.editorOf(r, id, in, fields)
		e.Message = &Message{Kind: "error", Text: "Not saved: " + msg}
		h.partial(w, r, "_workflow_editor", e)
		return
	}
	l := h.workflowList(r)
	l.Message = &Message{Kind: "ok", Text: "Saved: " + in.Name + ". It runs on the server, even while this app is closed."}
	l.OOB = true // the editor closes, the list beside it shows the saved workflow
	h.partial(w, r, "_workflow_saved", l)
}
