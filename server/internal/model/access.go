package model

import "time"

// The purposes of a LoginLink.
const (
	LinkMagic      = "magic"       // made by the owner for one contact, short-lived
	LinkLoginEmail = "login_email" // sent in a login email, with a 6-digit code
	LinkInvite     = "invite"      // sent in an invitation
)

// LoginLink is a one-time login link (and maybe code); only hashes are kept.
type LoginLink struct {
	ID           string `gorm:"primaryKey"`
	WorkspaceID  string
	ContactID    string
	Purpose      string
	TokenHash    []byte
	CodeHash     []byte
	CodeAttempts int
	ExpiresAt    time.Time
	UsedAt       *time.Time
	CreatedAt    time.Time
}

// Session is a signed-in client on one browser.
type Session struct {
	ID          string `gorm:"primaryKey"`
	WorkspaceID string
	ContactID   string
	TokenHash   []byte
	CreatedAt   time.Time
	LastSeenAt  time.Time
	ExpiresAt   time.Time
	RevokedAt   *time.Time
	IP          string
	UserAgent   string
}

// EmailTemplate is the owner's wording of an invitation or login email.
type EmailTemplate struct {
	WorkspaceID string `gorm:"primaryKey"`
	Kind        string `gorm:"primaryKey"`
	Language    string `gorm:"primaryKey"` // the i18n code of the clients it is for
	Subject     string
	Body        string
	UpdatedAt   time.Time
}

// LoginEmailRequest tracks one contact's login email of a bulk send.
type LoginEmailRequest struct {
	ID          string `gorm:"primaryKey"`
	BatchID     string
	WorkspaceID string
	ContactID   string
	EmailID     *string
	Status      string // pending, queued (email made), then the email's status
	Error       string
	CreatedAt   time.Time
}
