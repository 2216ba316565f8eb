package model

import "time"

// DocumentTemplate is a PDF with fields placed for named roles ("Client",
// "Guarantor"), from which documents are made and sent.
type DocumentTemplate struct {
	ID             string `gorm:"primaryKey"`
	WorkspaceID    string
	Title          string
	Roles          string // JSON list of role names
	RoleOrders     string // JSON list of each role's signing order; empty: the roles sign one after another
	Fields         string // JSON list of TemplateField
	PageCount      int
	OriginalSHA256 string
	CreatedAt      time.Time
}

// TemplateField is a field of a template, filled by the signer of a role.
type TemplateField struct {
	Kind string  `json:"kind"`
	Page int     `json:"page"`
	X    float64 `json:"x"`
	Y    float64 `json:"y"`
	W    float64 `json:"w"`
	H    float64 `json:"h"`
	Role string  `json:"role"`
}

// DocumentBatch is one bulk send of a template to many contacts.
type DocumentBatch struct {
	ID          string `gorm:"primaryKey"`
	WorkspaceID string
	TemplateID  string
	Title       string
	CreatedAt   time.Time
}

// DocumentBatchItem is one contact of a batch and the document made for them.
type DocumentBatchItem struct {
	BatchID     string `gorm:"primaryKey"`
	ContactID   string `gorm:"primaryKey"`
	WorkspaceID string
	DocumentID  string
	Status      string // queued, sent, failed
	Error       string
	UpdatedAt   time.Time
}

// The statuses of a DocumentBatchItem.
const (
	BatchQueued = "queued"
	BatchSent   = "sent"
	BatchFailed = "failed"
)
