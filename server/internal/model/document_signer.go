package model

import "time"

// DocumentSigner is one person who signs a document, in the document's
// signing order: signers of equal order sign in parallel, and the next order
// is asked only once everyone before has signed.
type DocumentSigner struct {
	DocumentID      string `gorm:"primaryKey"`
	Position        int    `gorm:"primaryKey"` // the index fields name in "signer"
	WorkspaceID     string
	ContactID       string
	SignOrder       int
	Status          string // waiting, sent, viewed, signed, declined
	SignerName      string // the name they signed with
	SignatureKind   string // drawn or typed
	SignatureSHA256 string // the drawn signature's PNG in blobs
	FieldValues     string // JSON object: field index → the text of a name or date field
	SentAt          *time.Time
	ViewedAt        *time.Time
	SignedAt        *time.Time
	DeclinedAt      *time.Time
	CreatedAt       time.Time
	UpdatedAt       time.Time
}

// The statuses of a DocumentSigner.
const (
	SignerWaiting  = "waiting"
	SignerSent     = "sent"
	SignerViewed   = "viewed"
	SignerSigned   = "signed"
	SignerDeclined = "declined"
)

// The statuses a Document reaches with several signers, an expiry or a void.
const (
	DocPartiallySigned = "partially_signed"
	DocExpired         = "expired"
	DocVoided          = "voided"
)

// The events of documents with several signers, expiry and voiding.
const (
	EventDocumentPartiallySigned = "document.partially_signed"
	EventDocumentExpired         = "document.expired"
	EventDocumentVoided          = "document.voided"
	EventDocumentReminded        = "document.reminded"
)

// SignerDocument is a document as one of its signers lists it, with that
// signer's own status and position.
type SignerDocument struct {
	Document       `gorm:"embedded"`
	SignerStatus   string
	SignerPosition int
}
