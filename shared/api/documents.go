package api

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"net/url"
	"time"
)

// DocumentStatus is where a document stands on its way to a final copy.
type DocumentStatus string

// The document statuses.
const (
	DocumentDraft     DocumentStatus = "draft"
	DocumentSent      DocumentStatus = "sent"
	DocumentViewed    DocumentStatus = "viewed"
	DocumentSigned    DocumentStatus = "signed"
	DocumentDeclined  DocumentStatus = "declined"
	DocumentCompleted DocumentStatus = "completed"
	// A document of several signers some of whom have signed.
	DocumentPartiallySigned DocumentStatus = "partially_signed"
	DocumentExpired         DocumentStatus = "expired"
	DocumentVoided          DocumentStatus = "voided"
)

// The kinds of document field.
const (
	FieldSignature = "signature"
	FieldName      = "name"
	FieldDate      = "date"
)

// DocumentField is a box the signer fills: a fraction of the visible page,
// measured from its top-left corner.
type DocumentField struct {
	Kind string  `json:"kind"`
	Page int     `json:"page"`
	X    float64 `json:"x"`
	Y    float64 `json:"y"`
	W    float64 `json:"w"`
	H    float64 `json:"h"`
	// Signer is the index, in the document's signers, of who fills it.
	Signer int `json:"signer"`
}

// AuditEntry is one line of a document's audit trail.
type AuditEntry struct {
	At        time.Time `json:"at"`
	Actor     string    `json:"actor"`
	Action    string    `json:"action"`
	IP        string    `json:"ip"`
	UserAgent string    `json:"user_agent"`
}

// Document is a contract or document sent to a contact for signature.
type Document struct {
	ID             string          `json:"id"`
	Title          string          `json:"title"`
	Status         DocumentStatus  `json:"status"`
	Signer         Contact         `json:"signer"` // the first signer
	Signers        []Signer        `json:"signers"`
	Fields         []DocumentField `json:"fields"`
	Pages          int             `json:"pages"`
	OriginalSHA256 string          `json:"original_sha256"`
	FinalSHA256    string          `json:"final_sha256"`
	DeclineReason  string          `json:"decline_reason,omitempty"`
	// SealError says why a signed document has no final copy: its sealing
	// gave up; it is cleared when a retried sealing succeeds.
	SealError   string       `json:"seal_error,omitempty"`
	CreatedAt   time.Time    `json:"created_at"`
	SentAt      *time.Time   `json:"sent_at"`
	ViewedAt    *time.Time   `json:"viewed_at"`
	SignedAt    *time.Time   `json:"signed_at"`
	DeclinedAt  *time.Time   `json:"declined_at"`
	CompletedAt *time.Time   `json:"completed_at"`
	ExpiresAt   *time.Time   `json:"expires_at"`
	VoidReason  string       `json:"void_reason,omitempty"`
	Reminders   int          `json:"reminders_sent"`
	Audit       []AuditEntry `json:"audit"`
}

// DocumentList is the answer of GET /api/v1/documents.
type DocumentList struct {
	Documents []Document `json:"documents"`
}

// NewDocument is an upload for POST /api/v1/documents; Fields nil puts a
// signature block on the last page.
type NewDocument struct {
	Title           string
	SignerContactID string      // one signer; Signers takes its place when given
	Signers         []NewSigner // the signers in the positions fields name
	Fields          []DocumentField
	FileName        string
	PDF             []byte
}

// UploadDocument sends a PDF for intake and creates a draft document.
func (c *Client) UploadDocument(ctx context.Context, in NewDocument, idemKey string) (Document, error) {
	body, ctype, err := documentForm(in)
	if err != nil {
		return Document{}, err
	}
	hr, err := http.NewRequestWithContext(ctx, http.MethodPost, c.base+"/api/v1/documents", body)
	if err != nil {
		return Document{}, fmt.Errorf("build document upload: %w", err)
	}
	hr.Header.Set("Content-Type", ctype)
	if idemKey != "" {
		hr.Header.Set("Idempotency-Key", idemKey)
	}
	var d Document
	return d, c.send(hr, &d)
}

// documentForm writes the multipart body of an upload.
func documentForm(in NewDocument) (io.Reader, string, error) {
	var buf bytes.Buffer
	w := multipart.NewWriter(&buf)
	_ = w.WriteField("title", in.Title)
	if in.SignerContactID != "" {
		_ = w.WriteField("signer_contact_id", in.SignerContactID)
	}
	if in.Signers != nil {
		b, err := json.Marshal(in.Signers)
		if err != nil {
			return nil, "", fmt.Errorf("encode signers: %w", err)
		}
		_ = w.WriteField("signers", string(b))
	}
	if in.Fields != nil {
		b, err := json.Marshal(in.Fields)
		if err != nil {
			return nil, "", fmt.Errorf("encode fields: %w", err)
		}
		_ = w.WriteField("fields", string(b))
	}
	name := in.FileName
	if name == "" {
		name = "document.pdf"
	}
	part, err := w.CreateFormFile("file", name)
	if err != nil {
		return nil, "", err
	}
	if _, err := part.Write(in.PDF); err != nil {
		return nil, "", err
	}
	if err := w.Close(); err != nil {
		return nil, "", err
	}
	return &buf, w.FormDataContentType(), nil
}

// SendDocument emails the signer a link that opens the document.
func (c *Client) SendDocument(ctx context.Context, id, idemKey string) (Document, error) {
	var d Document
	err := c.Do(ctx, Request{Method: http.MethodPost, Path: "/api/v1/documents/" + url.PathEscape(id) + "/send", IdempotencyKey: idemKey}, &d)
	return d, err
}

// Documents lists the workspace's documents, optionally of one status.
func (c *Client) Documents(ctx context.Context, status DocumentStatus) (DocumentList, error) {
	path := "/api/v1/documents"
	if status != "" {
		path += "?status=" + url.QueryEscape(string(status))
	}
	var l DocumentList
	err := c.Do(ctx, Request{Method: http.MethodGet, Path: path}, &l)
	return l, err
}

// Document fetches one document with its audit trail.
func (c *Client) Document(ctx context.Context, id string) (Document, error) {
	var d Document
	err := c.Do(ctx, Request{Method: http.MethodGet, Path: "/api/v1/documents/" + url.PathEscape(id)}, &d)
	return d, err
}

// DownloadOriginal writes the uploaded PDF to w.
func (c *Client) DownloadOriginal(ctx context.Context, id string, w io.Writer) error {
	return c.Do(ctx, Request{Method: http.MethodGet, Path: "/api/v1/documents/" + url.PathEscape(id) + "/original"}, w)
}

// DownloadFinal writes the signed final copy to w; a 409 error until it is complete.
func (c *Client) DownloadFinal(ctx context.Context, id string, w io.Writer) error {
	return c.Do(ctx, Request{Method: http.MethodGet, Path: "/api/v1/documents/" + url.PathEscape(id) + "/final"}, w)
}
