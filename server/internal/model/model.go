// Package model holds the product's records as plain structs shared by the
// store and the domain services. Every business record carries WorkspaceID.
package model

import "time"

// Workspace is one business with its own portal, contacts and settings.
type Workspace struct {
	ID                string `gorm:"primaryKey"`
	Slug              string
	Name              string
	SendingDomain     string // e.g. mail.acme.test: invitations come from no-reply@ it
	MagicLinkTTLSecs  int
	LoginEmailTTLSecs int
	AccentColor       string
	TimeZone          string `gorm:"<-:update"` // IANA zone that schedules run in (Europe/Paris); empty is UTC; set only by a settings change
	Language          string `gorm:"<-:update"` // the portal's language for clients whose own is not known (i18n code; the column defaults to en)
	CreatedAt         time.Time
}

// Owner is a person who runs a workspace from the desktop app.
type Owner struct {
	ID           string `gorm:"primaryKey"`
	WorkspaceID  string
	Email        string
	PasswordHash string // optional: lets the owner connect the desktop app with email and password
	CreatedAt    time.Time
}

// APIToken lets an owner call /api/v1; only its SHA-256 is kept.
type APIToken struct {
	ID          string `gorm:"primaryKey"`
	WorkspaceID string
	OwnerID     string
	TokenHash   []byte
	CreatedAt   time.Time
	RevokedAt   *time.Time
}

// TableName keeps the table name readable.
func (APIToken) TableName() string { return "api_tokens" }

// Domain is a host a workspace claims for its portal; it serves the portal
// only once verified (see domain_verification.go).
type Domain struct {
	ID                string `gorm:"primaryKey"`
	WorkspaceID       string
	Host              string
	IsPrimary         bool
	VerificationToken string
	VerifiedAt        *time.Time
	CheckedAt         *time.Time
	CheckResult       string // what the resolver answered at the last check that failed
	FailingSince      *time.Time
	NextCheckAt       *time.Time
	CreatedAt         time.Time
}

// Counters are the workspace's adoption counts, maintained on each change.
type Counters struct {
	WorkspaceID string `gorm:"primaryKey"`
	Invited     int64
	Joined      int64
}

// TableName names the counters table.
func (Counters) TableName() string { return "workspace_counters" }

// IdempotencyKey remembers the first answer to a repeated POST.
type IdempotencyKey struct {
	WorkspaceID string `gorm:"primaryKey"`
	Key         string `gorm:"primaryKey"`
	RequestHash []byte
	Status      int
	Body        []byte
	CreatedAt   time.Time
}

// Email is one message to send, with its delivery status.
type Email struct {
	ID          string `gorm:"primaryKey"`
	WorkspaceID string
	ContactID   *string
	Kind        string
	FromAddr    string
	ToAddr      string
	Subject     string
	TextBody    string
	HTMLBody    string
	MessageID   string
	// AttachmentName and Attachment are one file sent with the message (a receipt PDF).
	AttachmentName string
	Attachment     []byte
	Status         string // queued, sent, failed
	Error          string
	Attempts       int
	CreatedAt      time.Time
	SentAt         *time.Time
}

// The delivery statuses of an Email.
const (
	EmailQueued = "queued"
	EmailSent   = "sent"
	EmailFailed = "failed"
)

// Job is one unit of background work in the durable queue.
type Job struct {
	ID          string `gorm:"primaryKey"`
	WorkspaceID string
	Kind        string
	Payload     []byte
	UniqueKey   *string
	RunAt       time.Time
	Attempts    int
	MaxAttempts int
	LockedUntil *time.Time
	LastError   string
	FinishedAt  *time.Time
	State       string // pending, done, dead
	CreatedAt   time.Time
}

// The states of a Job.
const (
	JobPending = "pending"
	JobDone    = "done"
	JobDead    = "dead"
)

// Event is one change that the event stream tells owners and pages about.
type Event struct {
	ID          int64 `gorm:"primaryKey;autoIncrement"`
	WorkspaceID string
	Type        string
	Data        []byte
	CreatedAt   time.Time
}
