package ui

import (
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"

	"clientportal/shared/api"
)

// WorkflowEditor is the form that writes a workflow: its name, trigger and
// steps, each step with the errors the server gave for it.
type WorkflowEditor struct {
	ID, Name           string
	Enabled            bool
	Trigger, Schedule  string // Trigger: an event, "schedule" or "manual"
	Filter             string // a schedule's condition choice; "" is everyone
	FilterField        string // with Filter "field": the field's key and value
	FilterEquals       string
	Steps              StepList
	Options            *EditorOptions
	Errors             map[string]string // name, trigger… (not of one step)
	Message            *Message
	TriggerEventLabels []string
	Focus              string // the id of the control to focus once the editor is shown
}

// EditorOptions are the choices every step of the editor offers.
type EditorOptions struct {
	CustomValues []api.CustomValue
	Templates    []api.DocumentTemplate
	Groups       []api.Group
	Courses      []api.Course
	Kinds        []StepKind
}

// StepKind is one entry of the add-step menu.
type StepKind struct{ Kind, Label string }

// StepList is a list of steps at one place (steps, steps[0].then…).
type StepList struct {
	Path  string
	AddID string // the id of its add button
	Where string // how its add menu reads: "" at the top, " to the then branch of step 2 (if)"
	Items []StepView
	Opt   *EditorOptions
}

// StepView is one step of the editor.
type StepView struct {
	api.WorkflowStep
	Path, Label, Choice, Field, Equals string
	ID, Name                           string // the step's element id and how it reads: step 2 (email)
	Until                              string // a wait until a time, as RFC 3339
	First, Last                        bool
	Then, Else                         StepList
	Errors                             map[string]string
	Opt                                *EditorOptions
}

// triggerEvents are the events a workflow may start on, with the event a
// workflow already uses kept even when this list does not name it.
func triggerEvents(current string) []string {
	if current == "" || current == "schedule" || current == "manual" || slices.Contains(api.WorkflowTriggerEvents, current) {
		return api.WorkflowTriggerEvents
	}
	return append(slices.Clip(api.WorkflowTriggerEvents), current)
}

// stepList builds the view of steps at path, with errors by step path.
func stepList(path string, steps []api.WorkflowStep, errs map[string]string, opt *EditorOptions) StepList {
	out := StepList{Path: path, Opt: opt, AddID: controlID(path, "add")}
	if parent, branch, ok := cutLast(path, "."); ok {
		out.Where = " to the " + branch + " branch of " + stepName(parent, "if")
	}
	for i, st := range steps {
		p := fmt.Sprintf("%s[%d]", path, i)
		v := StepView{WorkflowStep: st, Path: p, Label: stepKindLabels[st.Kind], First: i == 0, Last: i == len(steps)-1,
			Choice: conditionChoice(st.Condition), Errors: map[string]string{}, Opt: opt, ID: stepID(p), Name: stepName(p, st.Kind)}
		if st.Until != nil {
			v.Until = st.Until.Format(time.RFC3339Nano)
		}
		if st.Condition != nil && st.Condition.Field != "" {
			v.Field = st.Condition.Field
			if st.Condition.Equals != nil {
				v.Equals = *st.Condition.Equals
			}
		}
		for k, msg := range errs {
			if k == p {
				v.Errors["step"] = msg
			} else if f, ok := strings.CutPrefix(k, p+"."); ok && !strings.Contains(f, "[") {
				v.Errors[strings.TrimPrefix(f, "condition.")] = msg
			}
		}
		if st.Kind == "if" {
			v.Then, v.Else = stepList(p+".then", st.Then, errs, opt), stepList(p+".else", st.Else, errs, opt)
		}
		out.Items = append(out.Items, v)
	}
	return out
}

// cutLast cuts s around the last sep.
func cutLast(s, sep string) (before, after string, found bool) {
	i := strings.LastIndex(s, sep)
	if i < 0 {
		return s, "", false
	}
	return s[:i], s[i+len(sep):], true
}

// editorOf builds the editor of a workflow.
func (h *Handler) editorOf(r *http.Request, id string, in api.WorkflowInput, errs map[string]string) WorkflowEditor {
	e := WorkflowEditor{ID: id, Name: in.Name, Enabled: in.Enabled, Schedule: in.Trigger.Schedule, Filter: conditionChoice(in.Trigger.Filter),
		Errors: map[string]string{}, Options: h.editorOptions(r)}
	if f := in.Trigger.Filter; f != nil && f.Field != "" {
		e.FilterField = f.Field
		if f.Equals != nil {
			e.FilterEquals = *f.Equals
		}
	}
	switch t := in.Trigger; {
	case t.Event != "":
		e.Trigger = t.Event
	case t.Schedule != "":
		e.Trigger = "schedule"
	default:
		e.Trigger = "manual"
	}
	e.TriggerEventLabels = triggerEvents(e.Trigger)
	for k, msg := range errs {
		if !strings.HasPrefix(k, "steps[") {
			e.Errors[k] = msg
		}
	}
	e.Steps = stepList("steps", in.Steps, errs, e.Options)
	return e
}

// editorOptions loads what the steps offer; what cannot be loaded is left out.
func (h *Handler) editorOptions(r *http.Request) *EditorOptions {
	o := &EditorOptions{}
	for _, k := range stepKinds {
		o.Kinds = append(o.Kinds, StepKind{Kind: k, Label: stepKindLabels[k]})
	}
	if l, err := h.app.CustomValues(r.Context()); err == nil {
		o.CustomValues = l.Values
	}
	if l, err := h.app.DocumentTemplates(r.Context()); err == nil {
		o.Templates = l.Templates
	}
	if l, err := h.app.Groups(r.Context()); err == nil {
		o.Groups = l.Groups
	}
	if l, err := h.app.Courses(r.Context()); err == nil {
		o.Courses = l.Courses
	}
	return o
}

// workflowFromForm reads the editor's form into a workflow.
func workflowFromForm(f url.Values) api.WorkflowInput {
	in := api.WorkflowInput{Name: strings.TrimSpace(f.Get("name")), Enabled: f.Get("enabled") == "true", Steps: parseSteps(f, "steps")}
	switch t := f.Get("trigger"); t {
	case "schedule":
		in.Trigger = api.WorkflowTrigger{Schedule: strings.TrimSpace(f.Get("schedule")),
			Filter: parseCondition(f.Get("filter"), f.Get("filter_field"), f.Get("filter_equals"))}
	case "manual", "":
		in.Trigger = api.WorkflowTrigger{Manual: true}
	default:
		in.Trigger = api.WorkflowTrigger{Event: t}
	}
	return in
}

// showNewWorkflow opens an empty editor.
func (h *Handler) showNewWorkflow(w http.ResponseWriter, r *http.Request) {
	in := api.WorkflowInput{Enabled: true, Trigger: api.WorkflowTrigger{Event: "contact.invited"}, Steps: []api.WorkflowStep{newStep("email")}}
	h.partial(w, r, "_workflow_editor", h.editorOf(r, "", in, nil))
}

// showWorkflowEditor opens the editor of a saved workflow.
func (h *Handler) showWorkflowEditor(w http.ResponseWriter, r *http.Request) {
	wf, err := h.app.Workflow(r.Context(), r.PathValue("id"))
	if err != nil {
		msg, _ := fieldProblems(err)
		h.partial(w, r, "_workflow_editor", WorkflowEditor{Message: &Message{Kind: "error", Text: "Could not open the workflow: " + msg}})
		return
	}
	in := api.WorkflowInput{Name: wf.Name, Enabled: wf.Enabled, Trigger: wf.Trigger, Steps: wf.Steps}
	h.partial(w, r, "_workflow_editor", h.editorOf(r, wf.ID, in, nil))
}

// closeWorkflowEditor puts the editor away without saving.
func (h *Handler) closeWorkflowEditor(w http.ResponseWriter, r *http.Request) {
	h.partial(w, r, "_workflow_editor_closed", nil)
}
