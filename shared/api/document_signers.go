package api

import (
	"context"
	"net/http"
	"net/url"
	"time"
)

// SignerStatus is where one signer stands.
type SignerStatus string

// The signer statuses.
const (
	SignerWaiting  SignerStatus = "waiting" // signers of an earlier order sign first
	SignerSent     SignerStatus = "sent"
	SignerViewed   SignerStatus = "viewed"
	SignerSigned   SignerStatus = "signed"
	SignerDeclined SignerStatus = "declined"
)

// Signer is one signer of a document. Signers of equal Order sign in
// parallel; the next order is emailed once everyone before has signed.
type Signer struct {
	Contact  Contact      `json:"contact"`
	Order    int          `json:"order"`
	Status   SignerStatus `json:"status"`
	SignedAt *time.Time   `json:"signed_at"`
}

// NewSigner names a signer of a new document: an existing contact, or an
// email (and name) that becomes a contact if it is not one yet.
type NewSigner struct {
	ContactID string `json:"contact_id,omitempty"`
	Email     string `json:"email,omitempty"`
	Name      string `json:"name,omitempty"`
	Order     int    `json:"order"`
}

// The events of documents with several signers, expiry and voiding.
const (
	EventDocumentPartiallySigned = "document.partially_signed"
	EventDocumentExpired         = "document.expired"
	EventDocumentVoided          = "document.voided"
	EventDocumentReminded        = "document.reminded"
)

// DocumentSendOptions is the optional body of POST /documents/{id}/send:
// Go duration strings of at least "1s"; left out, the defaults apply.
type DocumentSendOptions struct {
	Reminders *ReminderPlan `json:"reminders,omitempty"`
	ExpiresIn string        `json:"expires_in,omitempty"`
}

// ReminderPlan says when signers who have not signed are reminded.
type ReminderPlan struct {
	FirstAfter string `json:"first_after,omitempty"`
	Every      string `json:"every,omitempty"`
	Max        *int   `json:"max,omitempty"`
}

// DocumentExtension is the body of POST /documents/{id}/extend.
type DocumentExtension struct {
	ExpiresIn string `json:"expires_in"`
}

// DocumentVoid is the body of POST /documents/{id}/void.
type DocumentVoid struct {
	Reason string `json:"reason"`
}

// SendDocumentWith sends a document with its reminders and expiry.
func (c *Client) SendDocumentWith(ctx context.Context, id string, o DocumentSendOptions, idemKey string) (Document, error) {
	var d Document
	err := c.Do(ctx, Request{Method: http.MethodPost, Path: "/api/v1/documents/" + url.PathEscape(id) + "/send", Body: o, IdempotencyKey: idemKey}, &d)
	return d, err
}

// ExtendDocument makes a document signable for expiresIn (a Go duration) from now.
func (c *Client) ExtendDocument(ctx context.Context, id, expiresIn string) (Document, error) {
	var d Document
	err := c.Do(ctx, Request{Method: http.MethodPost, Path: "/api/v1/documents/" + url.PathEscape(id) + "/extend", Body: DocumentExtension{ExpiresIn: expiresIn}}, &d)
	return d, err
}

// VoidDocument ends a document that is not complete; its signers are told.
func (c *Client) VoidDocument(ctx context.Context, id, reason string) (Document, error) {
	var d Document
	err := c.Do(ctx, Request{Method: http.MethodPost, Path: "/api/v1/documents/" + url.PathEscape(id) + "/void", Body: DocumentVoid{Reason: reason}}, &d)
	return d, err
}
