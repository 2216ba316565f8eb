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
	Phone           string
	Status          string // not_invited, invited, joined
	InvitedAt       *time.Time
	JoinedAt        *time.Time
	LastLoginAt     *time.Time
	AvatarSHA256    string
	PasswordHash    string
	AccessRevokedAt *time.Time
	CreatedAt       time.Time
	UpdatedAt       time.Time
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
