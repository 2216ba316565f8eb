package model

import "time"

// Message is one message of the conversation between a workspace and one
// contact; ReadAt is when the other side read it.
type Message struct {
	ID             string `gorm:"primaryKey"`
	WorkspaceID    string
	ContactID      string
	Author         string // client or owner
	Body           string
	AttachmentSHA  string `gorm:"column:attachment_sha256"`
	AttachmentName string
	AttachmentType string
	AttachmentSize int64
	CreatedAt      time.Time
	ReadAt         *time.Time
}

// The authors of a Message.
const (
	AuthorClient = "client"
	AuthorOwner  = "owner"
)
