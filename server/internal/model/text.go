package model

import "time"

// Text is one text message (SMS) to a contact, with its delivery state.
type Text struct {
	ID          string `gorm:"primaryKey"`
	WorkspaceID string
	ContactID   string
	BatchID     *string
	Kind        string // login_link, magic_link, login_code
	ToPhone     string
	Body        string // dropped once the provider has the message
	BodyLength  int    // characters of the body, kept for the owner's view
	Status      string // queued, sending, sent, delivered, failed, undelivered
	ProviderSID string `gorm:"column:provider_sid"`
	ErrorCode   string
	Error       string
	Attempts    int
	CreatedAt   time.Time
	SentAt      *time.Time
	UpdatedAt   time.Time
}

// The delivery states of a Text. Sending is a try whose outcome is not yet
// known; the owner sees it as queued.
const (
	TextQueued      = "queued"
	TextSending     = "sending"
	TextSent        = "sent"
	TextDelivered   = "delivered"
	TextFailed      = "failed"
	TextUndelivered = "undelivered"
)

// The kinds of Text.
const (
	TextLoginLink = "login_link"
	TextMagicLink = "magic_link"
	TextLoginCode = "login_code"
)

// The events of texts: a text's delivery state changed, a contact's STOP
// or START was recorded.
const (
	EventTextStatus       = "text.status"
	EventContactSMSOptOut = "contact.sms_opt_out"
)

// TextSettings are a workspace's text message settings.
type TextSettings struct {
	WorkspaceID string `gorm:"primaryKey"`
	PhoneRegion string // ISO 3166 alpha-2 region of numbers typed without a country code
	HourlyLimit int    // texts the workspace may send per hour
	Template    string // the owner's wording of the login link text
	UpdatedAt   time.Time
}
