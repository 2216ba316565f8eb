package workflows

import (
	"time"

	"clientportal/shared/api"
)

// Trigger starts a workflow: an event about a contact, a schedule, or the
// owner's hand (Manual).
type Trigger struct {
	Event    string     `json:"event,omitempty"`
	Schedule string     `json:"schedule,omitempty"`
	Filter   *Condition `json:"filter,omitempty"`
	Manual   bool       `json:"manual,omitempty"`
}

// Condition is the one test of an if step.
type Condition struct {
	ContactStatus string  `json:"contact_status,omitempty"`
	Field         string  `json:"field,omitempty"`
	Equals        *string `json:"equals,omitempty"`
	HasPhone      *bool   `json:"has_phone,omitempty"`
}

// Step is one step of a workflow; Kind says which fields apply.
type Step struct {
	Kind       string     `json:"kind"`
	Duration   string     `json:"duration,omitempty"`
	Until      *time.Time `json:"until,omitempty"`
	Condition  *Condition `json:"condition,omitempty"`
	Then       []Step     `json:"then,omitempty"`
	Else       []Step     `json:"else,omitempty"`
	Subject    string     `json:"subject,omitempty"`
	Body       string     `json:"body,omitempty"`
	TemplateID string     `json:"template_id,omitempty"`
	URL        string     `json:"url,omitempty"`
	GroupID    string     `json:"group_id,omitempty"`
	CourseID   string     `json:"course_id,omitempty"`
	Message    string     `json:"message,omitempty"`
}

// The kinds of step.
const (
	StepWait        = "wait"
	StepIf          = "if"
	StepEmail       = "email"
	StepSMS         = "sms"
	StepWebhook     = "webhook"
	StepAddToGroup  = "add_to_group"
	StepGrantCourse = "grant_course"
	StepSendDoc     = "send_document"
	StepNotifyOwner = "notify_owner"
)

// TriggerEvents are the events a workflow may start on (the list the owner
// API and the desktop app share).
var TriggerEvents = api.WorkflowTriggerEvents

// Input is a workflow as the owner writes it.
type Input struct {
	Name    string
	Enabled bool
	Trigger Trigger
	Steps   []Step
}

// Change is what the owner changes of a workflow; nil keeps a value.
type Change struct {
	Name    *string
	Enabled *bool
	Trigger *Trigger
	Steps   []Step
}

// Workflow is a saved workflow, decoded, with its runs counted by state.
type Workflow struct {
	ID, Name             string
	Enabled              bool
	Trigger              Trigger
	Steps                []Step
	Counts               map[string]int
	CreatedAt, UpdatedAt time.Time
}

// MinWait is the shortest wait a step may ask for.
const MinWait = time.Second
