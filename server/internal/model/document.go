package model

import "time"

// Document is a contract or document a workspace sends one contact to sign.
type Document struct {
	ID              string `gorm:"primaryKey"`
	WorkspaceID     string
	Title           string
	SignerContactID string
	Status          string // draft, sent, viewed, signed, declined, completed
	Fields          string // JSON list of DocumentField
	PageCount       int
	OriginalSHA256  string
	FinalSHA256     string
	SignerName      string // the name the signer signed with
	SignatureKind   string // drawn or typed
	SignatureSHA256 string // the drawn signature's PNG in blobs
	DeclineReason   string
	SealError       string // why the final copy could not be made; empty once it is
	CreatedAt       time.Time
	UpdatedAt       time.Time
	SentAt          *time.Time
	ViewedAt        *time.Time
	SignedAt        *time.Time
	DeclinedAt      *time.Time
	CompletedAt     *time.Time
	ExpiresAt       *time.Time // after it the document can no longer be signed; nil: never
	VoidedAt        *time.Time
	VoidReason      string
	// The reminders of signers who have not signed: the first this many
	// seconds after sending, then every RemindEveryS, at most RemindMax.
	RemindFirstAfterS int64
	RemindEveryS      int64
	RemindMax         int
	RemindersSent     int
}

// The statuses of a Document.
const (
	DocDraft     = "draft"
	DocSent      = "sent"
	DocViewed    = "viewed"
	DocSigned    = "signed"
	DocDeclined  = "declined"
	DocCompleted = "completed"
)

// DocumentField is a box to fill on a page, in fractions of the visible page
// measured from its top-left corner.
type DocumentField struct {
	Kind string  `json:"kind"` // signature, name, date
	Page int     `json:"page"`
	X    float64 `json:"x"`
	Y    float64 `json:"y"`
	W    float64 `json:"w"`
	H    float64 `json:"h"`
	// Signer is the index, in the document's signers, of who fills it.
	Signer int `json:"signer"`
}

// DocumentAudit is one line of a document's audit trail.
type DocumentAudit struct {
	ID          int64 `gorm:"primaryKey;autoIncrement"`
	WorkspaceID string
	DocumentID  string
	At          time.Time
	Actor       string
	Action      string
	IP          string
	UserAgent   string
}

// TableName names the audit table.
func (DocumentAudit) TableName() string { return "document_audit" }

// SigningKey is the certificate and key a workspace signs final copies with.
type SigningKey struct {
	WorkspaceID string `gorm:"primaryKey"`
	Kind        string // self_signed or uploaded
	CertPEM     string // the certificate, then its intermediates
	KeyPEM      string // PKCS#8
	Subject     string
	NotAfter    time.Time
	CreatedAt   time.Time
	UpdatedAt   time.Time
}

// The kinds of SigningKey.
const (
	KeySelfSigned = "self_signed"
	KeyUploaded   = "uploaded"
)
