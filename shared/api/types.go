package api

import "time"

// ContactStatus is where a contact stands in the portal's adoption funnel.
type ContactStatus string

// The contact statuses.
const (
	StatusNotInvited ContactStatus = "not_invited"
	StatusInvited    ContactStatus = "invited"
	StatusJoined     ContactStatus = "joined"
)

// Valid reports whether s is a known status.
func (s ContactStatus) Valid() bool {
	return s == StatusNotInvited || s == StatusInvited || s == StatusJoined
}

// Workspace names the business that owns a portal.
type Workspace struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// Domain is a host the workspace claims for its portal; it answers there
// only once verified (see Verification).
type Domain struct {
	Host         string       `json:"host"`
	Primary      bool         `json:"primary"`
	Verified     bool         `json:"verified"`
	VerifiedAt   *time.Time   `json:"verified_at"`
	Verification Verification `json:"verification"`
	CheckedAt    *time.Time   `json:"checked_at"`
	CheckResult  string       `json:"check_result"`
}

// Portal is the answer of GET /api/v1/portal.
type Portal struct {
	Workspace Workspace `json:"workspace"`
	URL       string    `json:"url"`
	Domains   []Domain  `json:"domains"`
	Invited   int64     `json:"invited"`
	Joined    int64     `json:"joined"`
	Settings  Settings  `json:"settings"`
}

// Settings are the workspace's look, sending domain and link lifetimes.
type Settings struct {
	AccentColor          string `json:"accent_color"`
	SendingDomain        string `json:"sending_domain"`
	MagicLinkTTLSeconds  int    `json:"magic_link_ttl_seconds"`
	LoginEmailTTLSeconds int    `json:"login_email_ttl_seconds"`
	TimeZone             string `json:"time_zone"` // IANA name schedules run in; "" is UTC
	// Language is the portal's language for a client whose own is not
	// known (no choice on their profile, no browser language matched).
	Language string `json:"language"`
}

// DomainRequest adds a custom domain or picks the primary one.
type DomainRequest struct {
	Host string `json:"host"`
}

// Contact is a client of the workspace.
type Contact struct {
	ID          string        `json:"id"`
	Email       string        `json:"email"`
	Name        string        `json:"name"`
	Phone       string        `json:"phone"` // E.164
	SMSOptOut   bool          `json:"sms_opt_out"`
	Status      ContactStatus `json:"status"`
	InvitedAt   *time.Time    `json:"invited_at"`
	JoinedAt    *time.Time    `json:"joined_at"`
	LastLoginAt *time.Time    `json:"last_login_at"`
	AvatarURL   string        `json:"avatar_url"`
	// Fields are the owner's extra fields (see ContactField), by key.
	Fields map[string]string `json:"fields"`
	// Language is the language the client chose, a code of Languages; ""
	// means their browser's, else the workspace's.
	Language string `json:"language"`
}

// NewContact is the body of POST /api/v1/contacts.
type NewContact struct {
	Email string `json:"email"`
	Name  string `json:"name"`
	Phone string `json:"phone"`
	// Fields sets the owner's extra fields, by key.
	Fields map[string]string `json:"fields,omitempty"`
	// Language is the client's language, a code of Languages (optional).
	Language string `json:"language,omitempty"`
}

// ContactList is one page of GET /api/v1/contacts.
type ContactList struct {
	Contacts   []Contact `json:"contacts"`
	NextCursor string    `json:"next_cursor"`
}

// ContactQuery filters GET /api/v1/contacts.
type ContactQuery struct {
	Status ContactStatus
	Q      string
	Limit  int
	Cursor string
}

// InviteRequest invites an existing contact or a new one by email.
type InviteRequest struct {
	ContactID string `json:"contact_id,omitempty"`
	Email     string `json:"email,omitempty"`
	Name      string `json:"name,omitempty"`
}

// InviteResult is the answer of POST /api/v1/invites.
type InviteResult struct {
	Contact Contact `json:"contact"`
}

// MagicLink is a short-lived one-click login link for one contact.
type MagicLink struct {
	URL       string    `json:"url"`
	ExpiresAt time.Time `json:"expires_at"`
}

// LoginEmailsRequest asks for login emails to several contacts.
type LoginEmailsRequest struct {
	ContactIDs []string `json:"contact_ids"`
}

// LoginEmailsResult says how many login emails were queued.
type LoginEmailsResult struct {
	Queued  int    `json:"queued"`
	BatchID string `json:"batch_id"`
}

// Event is one message of the owner event stream.
type Event struct {
	ID   int64          `json:"id"`
	Type string         `json:"type"`
	At   time.Time      `json:"at"`
	Data map[string]any `json:"data"`
}

// The event types of the owner event stream.
const (
	EventContactInvited = "contact.invited"
	EventContactJoined  = "contact.joined"
	// EventContactAccessRevoked: the owner shut a contact out.
	EventContactAccessRevoked = "contact.access_revoked"
	EventDocumentViewed       = "document.viewed"
	EventDocumentSigned       = "document.signed"
	EventDocumentCompleted    = "document.completed"
	EventDocumentDeclined     = "document.declined"
	EventEmailFailed          = "email.failed"
	EventEmailSent            = "email.sent"
	// EventJobDead: background work gave up after its last try; the data
	// name the job, its kind, its last error and, for a seal job, the document.
	EventJobDead = "job.dead"
	// EventWorkflowNotice: a workflow's notify_owner step; the data name the
	// workflow, the run, the contact and the message.
	EventWorkflowNotice = "workflow.notice"
	// EventWorkflowWebhook: a workflow's webhook step, posted to the saved
	// webhook of the step's address; the data name the run and the contact.
	EventWorkflowWebhook = "workflow.webhook"
)

// LoginEmailBatch is the per-contact delivery status of a bulk login email.
type LoginEmailBatch struct {
	BatchID string             `json:"batch_id"`
	Total   int                `json:"total"`
	Pending int                `json:"pending"`
	Queued  int                `json:"queued"`
	Sent    int                `json:"sent"`
	Failed  int                `json:"failed"`
	Results []LoginEmailResult `json:"results"`
}

// Count adds one contact's status to the totals.
func (b *LoginEmailBatch) Count(status string) {
	switch status {
	case "pending":
		b.Pending++
	case "queued":
		b.Queued++
	case "sent":
		b.Sent++
	case "failed":
		b.Failed++
	}
}

// LoginEmailResult is one contact's login email status: pending, queued, sent or failed.
type LoginEmailResult struct {
	ContactID string `json:"contact_id"`
	Status    string `json:"status"`
	Error     string `json:"error,omitempty"`
}

// EmailTemplate is the owner's wording of the invitation or login email.
type EmailTemplate struct {
	Kind        string   `json:"kind,omitempty"`
	Language    string   `json:"language,omitempty"` // the clients' language it is for; "" is the workspace's default
	Subject     string   `json:"subject"`
	Body        string   `json:"body"`
	MergeFields []string `json:"merge_fields,omitempty"`
}

// PortalSettings changes the workspace's name, look and link lifetimes; absent fields stay.
type PortalSettings struct {
	Name                 *string `json:"name,omitempty"`
	AccentColor          *string `json:"accent_color,omitempty"`
	SendingDomain        *string `json:"sending_domain,omitempty"`
	MagicLinkTTLSeconds  *int    `json:"magic_link_ttl_seconds,omitempty"`
	LoginEmailTTLSeconds *int    `json:"login_email_ttl_seconds,omitempty"`
	TimeZone             *string `json:"time_zone,omitempty"`
	Language             *string `json:"language,omitempty"`
}

// Adoption is invites and joins per UTC day, oldest first.
type Adoption struct {
	Days []AdoptionDay `json:"days"`
}

// AdoptionDay is one day of Adoption.
type AdoptionDay struct {
	Date    string `json:"date"`
	Invited int64  `json:"invited"`
	Joined  int64  `json:"joined"`
}
