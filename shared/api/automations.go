package api

import (
	"context"
	"net/http"
	"net/url"
	"time"
)

// ContactField is an extra field the owner defines for every contact.
type ContactField struct {
	Key       string    `json:"key"` // lowercase letters, digits and _
	Label     string    `json:"label"`
	CreatedAt time.Time `json:"created_at"`
}

// ContactFieldList is the answer of GET /api/v1/contact-fields.
type ContactFieldList struct {
	Fields []ContactField `json:"fields"`
}

// ContactChange is the body of PATCH /api/v1/contacts/{id}: only what is
// given changes; a field set to "" is cleared.
type ContactChange struct {
	Name   *string           `json:"name,omitempty"`
	Phone  *string           `json:"phone,omitempty"`
	Fields map[string]string `json:"fields,omitempty"`
	// Language is the client's language (see Languages); "" goes back to
	// their browser's.
	Language *string `json:"language,omitempty"`
}

// CustomValue is one {{key}} an email, text or workflow step may use.
type CustomValue struct {
	Key     string `json:"key"`
	Label   string `json:"label"`
	Example string `json:"example"`
}

// CustomValueList is the answer of GET /api/v1/custom-values.
type CustomValueList struct {
	Values []CustomValue `json:"values"`
}

// WorkflowTrigger starts a workflow: an event about a contact, a schedule
// (cron, in the workspace's time zone) for every contact matching Filter,
// or the owner's hand.
type WorkflowTrigger struct {
	Event    string             `json:"event,omitempty"`
	Schedule string             `json:"schedule,omitempty"`
	Filter   *WorkflowCondition `json:"filter,omitempty"`
	Manual   bool               `json:"manual,omitempty"`
}

// WorkflowCondition is the one test of an if step.
type WorkflowCondition struct {
	ContactStatus string  `json:"contact_status,omitempty"`
	Field         string  `json:"field,omitempty"`
	Equals        *string `json:"equals,omitempty"`
	HasPhone      *bool   `json:"has_phone,omitempty"`
}

// WorkflowStep is one step of a workflow; Kind says which fields apply.
type WorkflowStep struct {
	Kind       string             `json:"kind"`
	Duration   string             `json:"duration,omitempty"` // wait
	Until      *time.Time         `json:"until,omitempty"`    // wait
	Condition  *WorkflowCondition `json:"condition,omitempty"`
	Then       []WorkflowStep     `json:"then,omitempty"`
	Else       []WorkflowStep     `json:"else,omitempty"`
	Subject    string             `json:"subject,omitempty"`     // email
	Body       string             `json:"body,omitempty"`        // email, sms
	TemplateID string             `json:"template_id,omitempty"` // email (invitation|login), send_document (a document template)
	URL        string             `json:"url,omitempty"`         // webhook
	GroupID    string             `json:"group_id,omitempty"`    // add_to_group
	CourseID   string             `json:"course_id,omitempty"`   // grant_course
	Message    string             `json:"message,omitempty"`     // notify_owner
}

// WorkflowInput creates a workflow.
type WorkflowInput struct {
	Name    string          `json:"name"`
	Enabled bool            `json:"enabled"`
	Trigger WorkflowTrigger `json:"trigger"`
	Steps   []WorkflowStep  `json:"steps"`
}

// WorkflowChange pauses, resumes, renames or rewrites a workflow.
type WorkflowChange struct {
	Name    *string          `json:"name,omitempty"`
	Enabled *bool            `json:"enabled,omitempty"`
	Trigger *WorkflowTrigger `json:"trigger,omitempty"`
	Steps   []WorkflowStep   `json:"steps,omitempty"`
}

// Workflow is a saved workflow and how its runs stand.
type Workflow struct {
	ID        string          `json:"id"`
	Name      string          `json:"name"`
	Enabled   bool            `json:"enabled"`
	Trigger   WorkflowTrigger `json:"trigger"`
	Steps     []WorkflowStep  `json:"steps"`
	Runs      WorkflowCounts  `json:"runs"`
	CreatedAt time.Time       `json:"created_at"`
	UpdatedAt time.Time       `json:"updated_at"`
}

// WorkflowCounts counts a workflow's runs by state.
type WorkflowCounts struct {
	Waiting int `json:"waiting"`
	Done    int `json:"done"`
	Failed  int `json:"failed"`
	Total   int `json:"total"`
}

// WorkflowList is the answer of GET /api/v1/workflows.
type WorkflowList struct {
	Workflows []Workflow `json:"workflows"`
}

// WorkflowStart is the body of POST /api/v1/workflows/{id}/runs.
type WorkflowStart struct {
	ContactIDs []string `json:"contact_ids"`
}

// The states of a workflow run.
const (
	RunWaiting   = "waiting"
	RunRunning   = "running"
	RunDone      = "done"
	RunFailed    = "failed"
	RunCancelled = "cancelled"
)

// WorkflowRunStep is one step a run did (or skipped, or failed).
type WorkflowRunStep struct {
	Index int       `json:"index"`
	Kind  string    `json:"kind"`
	State string    `json:"state"` // done, skipped, failed
	At    time.Time `json:"at"`
	Error string    `json:"error"`
}

// WorkflowRun is one contact's way through a workflow.
type WorkflowRun struct {
	ID             string            `json:"id"`
	ContactID      string            `json:"contact_id"`
	State          string            `json:"state"`
	TriggerEventID int64             `json:"trigger_event_id"`
	WakeAt         *time.Time        `json:"wake_at"`
	Steps          []WorkflowRunStep `json:"steps"`
	CreatedAt      time.Time         `json:"created_at"`
}

// WorkflowRunList is the answer of GET /api/v1/workflows/{id}/runs.
type WorkflowRunList struct {
	Runs []WorkflowRun `json:"runs"`
}

// WorkflowStarted is the answer of POST /api/v1/workflows/{id}/runs.
type WorkflowStarted struct {
	Runs []WorkflowRun `json:"runs"`
}

// Workflows lists the workspace's workflows.
func (c *Client) Workflows(ctx context.Context) (WorkflowList, error) {
	var out WorkflowList
	err := c.Do(ctx, Request{Method: http.MethodGet, Path: "/api/v1/workflows"}, &out)
	return out, err
}

// CreateWorkflow saves a new workflow.
func (c *Client) CreateWorkflow(ctx context.Context, in WorkflowInput, idemKey string) (Workflow, error) {
	var out Workflow
	err := c.Do(ctx, Request{Method: http.MethodPost, Path: "/api/v1/workflows", Body: in, IdempotencyKey: idemKey}, &out)
	return out, err
}

// UpdateWorkflow pauses, resumes or changes a workflow.
func (c *Client) UpdateWorkflow(ctx context.Context, id string, ch WorkflowChange) (Workflow, error) {
	var out Workflow
	err := c.Do(ctx, Request{Method: http.MethodPatch, Path: "/api/v1/workflows/" + url.PathEscape(id), Body: ch}, &out)
	return out, err
}

// WorkflowRuns lists a workflow's runs, newest first.
func (c *Client) WorkflowRuns(ctx context.Context, id string) (WorkflowRunList, error) {
	var out WorkflowRunList
	err := c.Do(ctx, Request{Method: http.MethodGet, Path: "/api/v1/workflows/" + url.PathEscape(id) + "/runs"}, &out)
	return out, err
}

// WebhookInput adds a webhook.
type WebhookInput struct {
	URL    string   `json:"url"`
	Events []string `json:"events"`
}

// Webhook is an address the workspace's events are posted to, signed with
// HMAC-SHA256 in the Portal-Signature header. Secret is shown only in the
// answer that creates it.
type Webhook struct {
	ID        string    `json:"id"`
	URL       string    `json:"url"`
	Events    []string  `json:"events"`
	Secret    string    `json:"secret,omitempty"`
	CreatedAt time.Time `json:"created_at"`
}

// WebhookList is the answer of GET /api/v1/webhooks.
type WebhookList struct {
	Webhooks []Webhook `json:"webhooks"`
}

// WebhookDelivery is one event posted (or being posted) to a webhook.
type WebhookDelivery struct {
	ID         string    `json:"id"`
	EventID    string    `json:"event_id"`
	Type       string    `json:"type"`
	State      string    `json:"state"` // pending, delivered, failed
	Attempts   int       `json:"attempts"`
	LastStatus int       `json:"last_status"`
	LastError  string    `json:"last_error"`
	At         time.Time `json:"at"`
}
