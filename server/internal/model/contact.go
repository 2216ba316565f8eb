package model

import (
	"strings"
	"time"
)

// Contact is a client of a workspace who may be invited to the portal.
type Contact struct {
	ID              string `gorm:"primaryKey"`
	WorkspaceID     string
	Email           string
	EmailLower      string
	Name            string
	Phone           string // E.164, e.g. +14155552671, or empty
	SMSOptOut       bool   `gorm:"column:sms_opt_out"` // replied STOP: never texted until START
	Status          string // not_invited, invited, joined
	InvitedAt       *time.Time
	JoinedAt        *time.Time
	LastLoginAt     *time.Time
	AvatarSHA256    string
	PasswordHash    string
	AccessRevokedAt *time.Time
	TimeZone        string // the IANA zone the client's browser reported (Europe/Paris); empty until then
	Language        string // the language the client chose (i18n code such as de, pt-BR); empty: their browser's
	// Fields are the owner's extra fields (model.ContactField), by key.
	Fields    map[string]string `gorm:"column:fields_json;serializer:json"`
	CreatedAt time.Time
	UpdatedAt time.Time
}

// Blob is a content-addressed file (PDF, image) kept in the database.
type Blob struct {
	SHA256      string `gorm:"primaryKey"`
	ContentType string
	Size        int64
	Data        []byte
	CreatedAt   time.Time
}

// FirstName is the first word of the contact's name, or "there" (as in
// "Hi there") when the name is empty.
func (c Contact) FirstName() string {
	if f := strings.Fields(c.Name); len(f) > 0 {
		return f[0]
	}
	return "there"
}
