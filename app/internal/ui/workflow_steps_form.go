package ui

import (
	"fmt"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"

	"clientportal/shared/api"
)

// The step editor's form names each step by its place in the workflow, as
// the server names it in its errors: steps[1].then[0].subject. Buttons send
// op=add:<list>, remove:<step>, up:<step>, down:<step> or save.

// parseSteps reads the list of steps at prefix (steps, steps[0].then…).
func parseSteps(f url.Values, prefix string) []api.WorkflowStep {
	var out []api.WorkflowStep
	for i := 0; ; i++ {
		p := fmt.Sprintf("%s[%d]", prefix, i)
		kind := strings.TrimSpace(f.Get(p + ".kind"))
		if kind == "" {
			return out
		}
		out = append(out, parseStep(f, p, kind))
	}
}

func parseStep(f url.Values, p, kind string) api.WorkflowStep {
	v := func(name string) string { return f.Get(p + "." + name) }
	st := api.WorkflowStep{Kind: kind}
	switch kind {
	case "wait":
		st.Duration = strings.TrimSpace(v("duration"))
		if at, err := time.Parse(time.RFC3339Nano, v("until")); err == nil && st.Duration == "" {
			st.Until = &at // a wait until a time, made through the API, kept as it was
		}
	case "if":
		st.Condition = parseCondition(v("condition"), v("field"), v("equals"))
		st.Then, st.Else = parseSteps(f, p+".then"), parseSteps(f, p+".else")
	case "email":
		st.Subject, st.Body, st.TemplateID = v("subject"), v("body"), v("template_id")
	case "webhook":
		st.URL = strings.TrimSpace(v("url"))
	case "add_to_group":
		st.GroupID = v("group_id")
	case "grant_course":
		st.CourseID = v("course_id")
	case "send_document":
		st.TemplateID = v("template_id")
	case "notify_owner":
		st.Message = v("message")
	}
	return st
}

// parseCondition reads a condition choice: contact_status:invited,
// has_phone:true, or field (with the field's key and value).
func parseCondition(choice, field, equals string) *api.WorkflowCondition {
	k, val, _ := strings.Cut(choice, ":")
	switch k {
	case "contact_status":
		return &api.WorkflowCondition{ContactStatus: val}
	case "has_phone":
		b := val == "true"
		return &api.WorkflowCondition{HasPhone: &b}
	case "field":
		return &api.WorkflowCondition{Field: strings.TrimSpace(field), Equals: &equals}
	}
	return nil
}

// conditionChoice is the select's value for a condition.
func conditionChoice(c *api.WorkflowCondition) string {
	switch {
	case c == nil:
		return ""
	case c.ContactStatus != "":
		return "contact_status:" + c.ContactStatus
	case c.HasPhone != nil:
		return "has_phone:" + strconv.FormatBool(*c.HasPhone)
	case c.Field != "":
		return "field"
	}
	return ""
}

var placeSegment = regexp.MustCompile(`^\[(\d+)\]\.(then|else)`)

// listAt finds the list of steps a path names (steps, steps[0].then…).
func listAt(root *[]api.WorkflowStep, path string) *[]api.WorkflowStep {
	rest, ok := strings.CutPrefix(path, "steps")
	list := root
	for ok && rest != "" {
		m := placeSegment.FindStringSubmatch(rest)
		if m == nil {
			return nil
		}
		i, _ := strconv.Atoi(m[1])
		if i >= len(*list) || (*list)[i].Kind != "if" {
			return nil
		}
		if m[2] == "then" {
			list = &(*list)[i].Then
		} else {
			list = &(*list)[i].Else
		}
		rest = rest[len(m[0]):]
	}
	if !ok {
		return nil
	}
	return list
}

// stepAt splits a step's path into its list and its index there.
func stepAt(root *[]api.WorkflowStep, path string) (*[]api.WorkflowStep, int) {
	open := strings.LastIndex(path, "[")
	if open < 0 || !strings.HasSuffix(path, "]") {
		return nil, -1
	}
	i, err := strconv.Atoi(path[open+1 : len(path)-1])
	list := listAt(root, path[:open])
	if err != nil || list == nil || i < 0 || i >= len(*list) {
		return nil, -1
	}
	return list, i
}

// applyOp adds, removes or moves a step; kind is the step an add makes.
// It also names the control to focus after: the moved step's button, the
// step that took a removed one's place, or the new step.
func applyOp(steps []api.WorkflowStep, op, kind string) ([]api.WorkflowStep, string) {
	verb, path, _ := strings.Cut(op, ":")
	if verb == "add" {
		list := listAt(&steps, path)
		if list == nil || stepKindLabels[kind] == "" {
			return steps, controlID(path, "add")
		}
		*list = append(*list, newStep(kind))
		return steps, stepID(fmt.Sprintf("%s[%d]", path, len(*list)-1))
	}
	list, i := stepAt(&steps, path)
	if list == nil {
		return steps, ""
	}
	l := *list
	at := func(j int) string { return fmt.Sprintf("%s[%d]", path[:strings.LastIndex(path, "[")], j) }
	switch {
	case verb == "remove":
		*list = append(l[:i:i], l[i+1:]...)
		switch {
		case i < len(*list):
			return steps, controlID(at(i), "remove")
		case i > 0:
			return steps, controlID(at(i-1), "remove")
		}
		return steps, controlID(path[:strings.LastIndex(path, "[")], "add")
	case verb == "up" && i > 0:
		l[i-1], l[i] = l[i], l[i-1]
		if i-1 == 0 {
			return steps, controlID(at(i-1), "down")
		}
		return steps, controlID(at(i-1), "up")
	case verb == "down" && i+1 < len(l):
		l[i], l[i+1] = l[i+1], l[i]
		if i+1 == len(l)-1 {
			return steps, controlID(at(i+1), "up")
		}
		return steps, controlID(at(i+1), "down")
	}
	return steps, controlID(path, verb)
}

var idUnsafe = regexp.MustCompile(`[^a-z0-9]+`)

// stepID is the id of the step at path in the editor: steps[1].then[0] is
// wf-steps-1-then-0.
func stepID(path string) string {
	return "wf-" + strings.Trim(idUnsafe.ReplaceAllString(path, "-"), "-")
}

// controlID is the id of a step's button (up, down, remove) or of a list's
// add button.
func controlID(path, verb string) string { return stepID(path) + "-" + verb }

// stepName is how a step reads to a person: step 2 (email), or step 1 of
// step 3's else (notify owner) inside a branch.
func stepName(path, kind string) string {
	var parts []string
	for rest := path; rest != ""; {
		open := strings.Index(rest, "[")
		end := strings.Index(rest, "]")
		if open < 0 || end < open {
			break
		}
		n, _ := strconv.Atoi(rest[open+1 : end])
		branch := strings.Trim(rest[:open], ".")
		if branch != "steps" {
			parts = append(parts, branch)
		}
		parts = append(parts, strconv.Itoa(n+1))
		rest = rest[end+1:]
	}
	name := "step " + parts[len(parts)-1]
	for i := len(parts) - 2; i > 0; i -= 2 {
		name += " of step " + parts[i-1] + "'s " + parts[i]
	}
	return name + " (" + strings.ReplaceAll(kind, "_", " ") + ")"
}

// newStep is a step of kind with the values a new one starts from.
func newStep(kind string) api.WorkflowStep {
	st := api.WorkflowStep{Kind: kind}
	switch kind {
	case "wait":
		st.Duration = "24h"
	case "if":
		st.Condition = &api.WorkflowCondition{ContactStatus: "invited"}
	}
	return st
}

// stepKinds are the kinds of step, in the order the add menu offers them.
var stepKinds = []string{"wait", "if", "email", "sms", "webhook", "add_to_group", "grant_course", "send_document", "notify_owner"}

var stepKindLabels = map[string]string{"wait": "Wait", "if": "If / else", "email": "Send an email", "sms": "Send the login text",
	"webhook": "Post to a webhook", "add_to_group": "Add to a group", "grant_course": "Give a course",
	"send_document": "Send a document to sign", "notify_owner": "Notify me"}
