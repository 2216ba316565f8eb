package api

import "time"

// TemplateField is a field of a template, filled by whoever signs as Role.
type TemplateField struct {
	Kind string  `json:"kind"`
	Page int     `json:"page"`
	X    float64 `json:"x"`
	Y    float64 `json:"y"`
	W    float64 `json:"w"`
	H    float64 `json:"h"`
	Role string  `json:"role"`
}

// DocumentTemplate is a PDF with fields placed for named roles.
type DocumentTemplate struct {
	ID        string          `json:"id"`
	Title     string          `json:"title"`
	Roles     []string        `json:"roles"`
	Orders    []int           `json:"orders"` // each role's signing order; equal orders sign in parallel
	Fields    []TemplateField `json:"fields"`
	Pages     int             `json:"pages"`
	CreatedAt time.Time       `json:"created_at"`
}

// DocumentTemplateList is the answer of GET /api/v1/document-templates.
type DocumentTemplateList struct {
	Templates []DocumentTemplate `json:"templates"`
}

// TemplateSend is the body of POST /api/v1/document-templates/{id}/send:
// a contact id for each role, or contact_ids for a bulk send of a one-role
// template.
type TemplateSend struct {
	Signers    map[string]string `json:"signers,omitempty"`
	ContactIDs []string          `json:"contact_ids,omitempty"`
	Title      string            `json:"title,omitempty"`
}

// BatchQueued is the 202 answer of a bulk send.
type BatchQueued struct {
	BatchID string `json:"batch_id"`
	Queued  int    `json:"queued"`
}

// DocumentBatch is a bulk send with each contact's status.
type DocumentBatch struct {
	ID         string              `json:"id"`
	TemplateID string              `json:"template_id"`
	Total      int                 `json:"total"`
	Sent       int                 `json:"sent"`
	Failed     int                 `json:"failed"`
	Items      []DocumentBatchItem `json:"items"`
	CreatedAt  time.Time           `json:"created_at"`
}

// DocumentBatchItem is one contact of a bulk send.
type DocumentBatchItem struct {
	ContactID  string `json:"contact_id"`
	DocumentID string `json:"document_id,omitempty"`
	Status     string `json:"status"` // queued, sent, failed
	Error      string `json:"error,omitempty"`
}
