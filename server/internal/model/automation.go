package model

import "time"

// ContactField is an extra field the owner defines for every contact.
type ContactField struct {
	WorkspaceID string `gorm:"primaryKey"`
	Key         string `gorm:"primaryKey"`
	Label       string
	CreatedAt   time.Time
}

// Workflow is the owner's automation: a trigger and the steps each
// contact it enrols goes through. Trigger and steps are kept as JSON.
type Workflow struct {
	ID              string `gorm:"primaryKey"`
	WorkspaceID     string
	Name            string
	Enabled         bool
	TriggerJSON     string
	StepsJSON       string
	SinceEventID    int64 // only later events start the workflow
	NextScheduledAt *time.Time
	DeletedAt       *time.Time
	CreatedAt       time.Time
	UpdatedAt       time.Time
}

// WorkflowRun is one contact's way through a workflow, started once per
// RunKey (the trigger event, the schedule's slot, or the owner's start).
type WorkflowRun struct {
	ID             string `gorm:"primaryKey"`
	WorkspaceID    string
	WorkflowID     string
	ContactID      string
	RunKey         string
	TriggerEventID int64
	StepsJSON      string // the steps as they were when the run started
	State          string // waiting, running, done, failed, cancelled
	PC             int    `gorm:"column:pc"` // the next instruction of the run's program
	Seq            int    // the number of the run's current job; older jobs do nothing
	Logged         int    // how many steps the log holds
	WakeAt         *time.Time
	CreatedAt      time.Time
	UpdatedAt      time.Time
}

// The states of a workflow run.
const (
	RunWaiting   = "waiting"
	RunRunning   = "running"
	RunDone      = "done"
	RunFailed    = "failed"
	RunCancelled = "cancelled"
)

// WorkflowRunStep is one line of a run's step log.
type WorkflowRunStep struct {
	RunID       string `gorm:"primaryKey"`
	Idx         int    `gorm:"primaryKey;column:idx"`
	WorkspaceID string
	Kind        string
	State       string // done, skipped, failed
	Error       string
	At          time.Time
}

// Webhook is an address the workspace's events are posted to, signed.
type Webhook struct {
	ID           string `gorm:"primaryKey"`
	WorkspaceID  string
	URL          string
	EventsJSON   string
	Secret       string // sealed
	SinceEventID int64
	DeletedAt    *time.Time
	CreatedAt    time.Time
}

// WebhookDelivery is one event posted (or being posted) to a webhook.
type WebhookDelivery struct {
	ID          string `gorm:"primaryKey"`
	WorkspaceID string
	WebhookID   string
	EventID     int64
	Type        string
	Body        string
	State       string // pending, delivered, failed
	Attempts    int
	LastStatus  int
	LastError   string
	CreatedAt   time.Time
	UpdatedAt   time.Time
}
