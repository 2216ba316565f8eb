package api

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"mime/multipart"
	"net/http"
	"net/url"
	"time"
)

// The events of messages.
const (
	EventMessageCreated = "message.created"
	EventMessageRead    = "message.read"
)

// The authors of a message.
const (
	AuthorClient = "client"
	AuthorOwner  = "owner"
)

// Attachment is a file sent with a message.
type Attachment struct {
	Name        string `json:"name"`
	ContentType string `json:"content_type"`
	Size        int64  `json:"size"`
	URL         string `json:"url"` // owner API path of the file
}

// Message is one message of the conversation with a contact. HTML is the
// body rendered as sanitised Markdown-lite, safe to show as is.
type Message struct {
	ID         string      `json:"id"`
	ContactID  string      `json:"contact_id"`
	Author     string      `json:"author"`
	Body       string      `json:"body"`
	HTML       string      `json:"html"`
	Attachment *Attachment `json:"attachment"`
	CreatedAt  time.Time   `json:"created_at"`
	ReadAt     *time.Time  `json:"read_at"`
}

// Thread is the answer of GET /api/v1/messages?contact_id=…: the
// conversation with one contact, oldest first.
type Thread struct {
	Contact  Contact   `json:"contact"`
	Unread   int       `json:"unread"`
	Messages []Message `json:"messages"`
}

// InboxThread is one conversation of the inbox.
type InboxThread struct {
	Contact     Contact `json:"contact"`
	Unread      int     `json:"unread"`
	LastMessage Message `json:"last_message"`
}

// Inbox is the answer of GET /api/v1/messages: conversations with unread
// client messages first, then the newest.
type Inbox struct {
	Threads []InboxThread `json:"threads"`
}

// NewMessage is a reply from the owner; a file makes it a multipart upload.
type NewMessage struct {
	ContactID string `json:"contact_id"`
	Body      string `json:"body"`
	FileName  string `json:"-"`
	File      []byte `json:"-"`
}

// ReadRequest marks a contact's messages read.
type ReadRequest struct {
	ContactID string `json:"contact_id"`
}

// Inbox lists the workspace's conversations.
func (c *Client) Inbox(ctx context.Context) (Inbox, error) {
	var out Inbox
	return out, c.Do(ctx, Request{Method: http.MethodGet, Path: "/api/v1/messages"}, &out)
}

// Thread fetches the conversation with one contact.
func (c *Client) Thread(ctx context.Context, contactID string) (Thread, error) {
	var out Thread
	return out, c.Do(ctx, Request{Method: http.MethodGet, Path: "/api/v1/messages?contact_id=" + url.QueryEscape(contactID)}, &out)
}

// MarkMessagesRead marks the contact's messages to the owner as read.
func (c *Client) MarkMessagesRead(ctx context.Context, contactID string) error {
	return c.Do(ctx, Request{Method: http.MethodPost, Path: "/api/v1/messages/read", Body: ReadRequest{ContactID: contactID}}, nil)
}

// SendMessage sends the owner's message to a contact.
func (c *Client) SendMessage(ctx context.Context, in NewMessage, idemKey string) (Message, error) {
	var out Message
	if in.File == nil {
		return out, c.Do(ctx, Request{Method: http.MethodPost, Path: "/api/v1/messages", Body: in, IdempotencyKey: idemKey}, &out)
	}
	var buf bytes.Buffer
	w := multipart.NewWriter(&buf)
	if idemKey != "" {
		// A repeat with the same key must send the same body, boundary included.
		sum := sha256.Sum256([]byte(idemKey))
		_ = w.SetBoundary("portal-" + hex.EncodeToString(sum[:20]))
	}
	_ = w.WriteField("contact_id", in.ContactID)
	_ = w.WriteField("body", in.Body)
	part, err := w.CreateFormFile("file", in.FileName)
	if err != nil {
		return out, err
	}
	if _, err := part.Write(in.File); err != nil {
		return out, err
	}
	if err := w.Close(); err != nil {
		return out, err
	}
	hr, err := http.NewRequestWithContext(ctx, http.MethodPost, c.base+"/api/v1/messages", &buf)
	if err != nil {
		return out, fmt.Errorf("build message upload: %w", err)
	}
	hr.Header.Set("Content-Type", w.FormDataContentType())
	if idemKey != "" {
		hr.Header.Set("Idempotency-Key", idemKey)
	}
	return out, c.send(hr, &out)
}
