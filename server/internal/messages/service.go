// Package messages is the domain service of the conversation between a
// workspace and each contact: text with Markdown-lite, attachments checked
// by content, read state, live events, and a delayed email to a client who
// has not read a new message.
package messages

import (
	"context"
	"time"

	"clientportal/server/internal/apperr"
	"clientportal/server/internal/i18n"
	"clientportal/server/internal/jobs"
	"clientportal/server/internal/links"
	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
	"clientportal/server/internal/workspace"
	"clientportal/shared/clock"
)

// Service is the messages domain service.
type Service struct {
	store      *store.Store
	workspaces *workspace.Service
	links      *links.Service
	now        func() time.Time
	catalog    *i18n.Catalog // every language's words, for the client's emails
	// NotifyDelay is how long a client has to read a new message before
	// an email tells them about it.
	NotifyDelay time.Duration
	// QuietPeriod is the window in which a client gets at most one email.
	QuietPeriod time.Duration
	// MaxAttachment caps an attachment's size in bytes.
	MaxAttachment int
}

// New returns the messages service with production timings.
func New(s *store.Store, ws *workspace.Service, ls *links.Service, clk clock.Clock) *Service {
	return &Service{store: s, workspaces: ws, links: ls, now: clock.Or(clk).Now,
		NotifyDelay: 5 * time.Minute, QuietPeriod: time.Hour, MaxAttachment: 10 << 20}
}

// Register adds the notification job's handler to the queue.
func (s *Service) Register(q *jobs.Queue) { q.Handle(JobNotify, s.runNotify) }

const (
	contactMissing = "This contact does not exist."
	messageMissing = "This message does not exist."
	threadLimit    = 200
)

// Thread is the conversation with one contact, oldest first.
type Thread struct {
	Contact  model.Contact
	Messages []model.Message
	Unread   int // messages from the client the owner has not read
}

// Thread loads the last messages with a contact of the workspace.
func (s *Service) Thread(ctx context.Context, workspaceID, contactID string) (Thread, error) {
	var t Thread
	err := s.store.View(ctx, func(tx *store.Tx) (err error) {
		if t.Contact, err = tx.Contacts().ByID(workspaceID, contactID); err != nil {
			return store.Missing(err, contactMissing)
		}
		if t.Messages, err = tx.Messages().Thread(workspaceID, contactID, threadLimit); err != nil {
			return err
		}
		t.Unread, err = tx.Messages().CountUnread(workspaceID, contactID, model.AuthorClient)
		return err
	})
	return t, err
}

// ClientThread loads the last messages of a client's conversation, as the
// signed-in client sees it, and marks the owner's messages among them read;
// a view with nothing unread takes one statement and writes nothing.
func (s *Service) ClientThread(ctx context.Context, workspaceID, contactID string) ([]model.Message, error) {
	var ms []model.Message
	err := s.store.View(ctx, func(tx *store.Tx) (err error) {
		ms, err = tx.Messages().Thread(workspaceID, contactID, threadLimit)
		return err
	})
	if err != nil {
		return nil, err
	}
	for _, m := range ms {
		if m.Author == model.AuthorOwner && m.ReadAt == nil {
			return ms, s.markRead(ctx, workspaceID, contactID, model.AuthorClient, model.AuthorOwner)
		}
	}
	return ms, nil
}

// InboxThread is one conversation in the owner's inbox.
type InboxThread struct {
	Contact model.Contact
	Last    model.Message
	Unread  int
}

// Inbox lists the workspace's conversations, unread first, then newest.
func (s *Service) Inbox(ctx context.Context, workspaceID string, limit int) ([]InboxThread, error) {
	var out []InboxThread
	err := s.store.View(ctx, func(tx *store.Tx) error {
		sums, err := tx.Messages().Inbox(workspaceID, limit)
		for _, sm := range sums {
			if err != nil {
				break
			}
			t := InboxThread{Unread: sm.Unread}
			if t.Contact, err = tx.Contacts().ByID(workspaceID, sm.ContactID); err == nil {
				t.Last, err = tx.Messages().Last(workspaceID, sm.ContactID)
			}
			out = append(out, t)
		}
		return err
	})
	return out, err
}

// UnreadForClient counts the owner's messages the client has not read.
func (s *Service) UnreadForClient(ctx context.Context, workspaceID, contactID string) (int, error) {
	var n int
	err := s.store.View(ctx, func(tx *store.Tx) (err error) {
		n, err = tx.Messages().CountUnread(workspaceID, contactID, model.AuthorOwner)
		return err
	})
	return n, err
}

// Attachment is a message's file with its bytes.
type Attachment struct {
	Name, ContentType string
	Data              []byte
}

// Attachment loads the file of a message; contactID, when set, must be the
// conversation's contact (the client's download).
func (s *Service) Attachment(ctx context.Context, workspaceID, contactID, messageID string) (Attachment, error) {
	var a Attachment
	err := s.store.View(ctx, func(tx *store.Tx) error {
		m, err := tx.Messages().ByID(workspaceID, messageID)
		if err != nil || m.AttachmentSHA == "" || (contactID != "" && m.ContactID != contactID) {
			return apperr.NotFoundf("This attachment does not exist.")
		}
		b, err := tx.Blobs().Get(m.AttachmentSHA)
		a = Attachment{Name: m.AttachmentName, ContentType: m.AttachmentType, Data: b.Data}
		return err
	})
	return a, err
}
