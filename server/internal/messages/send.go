package messages

import (
	"bytes"
	"context"
	"fmt"
	"path"
	"strings"
	"unicode/utf8"

	"github.com/google/uuid"

	"clientportal/server/internal/apperr"
	"clientportal/server/internal/events"
	"clientportal/server/internal/jobs"
	"clientportal/server/internal/model"
	"clientportal/server/internal/pdf"
	"clientportal/server/internal/secure"
	"clientportal/server/internal/store"
)

// MaxBody is the longest message text, in characters.
const MaxBody = 10_000

// Upload is a file sent with a message, before it is checked.
type Upload struct {
	Name string
	Data []byte
}

// Send saves a message from author (client or owner) in the conversation
// with a contact of the workspace, tells both sides' pages, and schedules
// the email a client gets when they do not read the owner's message.
func (s *Service) Send(ctx context.Context, workspaceID, contactID, author, body string, file *Upload) (model.Message, error) {
	body = strings.TrimSpace(strings.ReplaceAll(body, "\r\n", "\n"))
	now := s.now()
	m := model.Message{ID: uuid.NewString(), WorkspaceID: workspaceID, ContactID: contactID, Author: author, Body: body, CreatedAt: now}
	if err := s.check(&m, file); err != nil {
		return model.Message{}, err
	}
	err := s.store.InTx(ctx, func(tx *store.Tx) error {
		if _, err := tx.Contacts().ByID(workspaceID, contactID); err != nil {
			return store.Missing(err, contactMissing)
		}
		if file != nil {
			if err := tx.Blobs().Put(m.AttachmentSHA, m.AttachmentType, file.Data); err != nil {
				return err
			}
		}
		if err := tx.Messages().Create(&m); err != nil {
			return err
		}
		if author == model.AuthorOwner {
			if err := s.scheduleNotify(tx, m); err != nil {
				return err
			}
		}
		return events.Emit(tx, workspaceID, model.EventMessageCreated, map[string]any{"message_id": m.ID, "contact_id": contactID, "author": author})
	})
	return m, err
}

// check refuses an empty message, an over-long one, and a file that is too
// large or not a PDF, PNG or JPEG by its content.
func (s *Service) check(m *model.Message, file *Upload) error {
	if file != nil && len(file.Data) == 0 {
		file = nil
	}
	if m.Body == "" && file == nil {
		return (apperr.Validation{"body": "Write a message or attach a file."}).Err()
	}
	if utf8.RuneCountInString(m.Body) > MaxBody {
		return (apperr.Validation{"body": fmt.Sprintf("A message is limited to %d characters.", MaxBody)}).Err()
	}
	if file == nil {
		return nil
	}
	if len(file.Data) > s.MaxAttachment {
		return apperr.New(apperr.TooLarge, "The file is larger than %d MB.", s.MaxAttachment>>20)
	}
	ctype := sniff(file.Data)
	if ctype == "" {
		return apperr.New(apperr.Unsupported, "Attach a PDF, PNG or JPEG file; this file is none of those.")
	}
	if ctype == "application/pdf" {
		if err := pdf.CheckAttachment(file.Data, pdf.Limits{MaxBytes: s.MaxAttachment}); err != nil {
			return apperr.Wrap(apperr.Invalid, err, "%s", err.Error())
		}
	}
	m.AttachmentSHA, m.AttachmentType, m.AttachmentSize = secure.SHA256Hex(file.Data), ctype, int64(len(file.Data))
	m.AttachmentName = fileName(file.Name, ctype)
	return nil
}

// sniff names the type of a file from its first bytes, never its name.
func sniff(b []byte) string {
	switch {
	case bytes.HasPrefix(b, []byte("%PDF-")):
		return "application/pdf"
	case bytes.HasPrefix(b, []byte("\x89PNG\r\n\x1a\n")):
		return "image/png"
	case bytes.HasPrefix(b, []byte{0xFF, 0xD8, 0xFF}):
		return "image/jpeg"
	}
	return ""
}

// fileName keeps the base of a name, short, with the extension of its real type.
func fileName(name, ctype string) string {
	name = strings.Map(func(r rune) rune {
		if r < 32 || r == '/' || r == '\\' || r == '"' {
			return -1
		}
		return r
	}, path.Base(strings.ReplaceAll(name, "\\", "/")))
	ext := map[string]string{"application/pdf": ".pdf", "image/png": ".png", "image/jpeg": ".jpg"}[ctype]
	base := strings.TrimSuffix(name, path.Ext(name))
	if r := []rune(base); len(r) > 80 {
		base = string(r[:80])
	}
	if base == "" || base == "." {
		base = "attachment"
	}
	return base + ext
}

// MarkRead marks the other side's messages in a conversation as read by
// reader (client or owner) and tells the pages when anything changed.
func (s *Service) MarkRead(ctx context.Context, workspaceID, contactID, reader string) error {
	other := model.AuthorClient
	if reader == model.AuthorClient {
		other = model.AuthorOwner
	}
	if unread, err := s.anyUnread(ctx, workspaceID, contactID, other); err != nil || !unread {
		return err // nothing to mark: opening the page writes nothing
	}
	return s.markRead(ctx, workspaceID, contactID, reader, other)
}

// markRead marks other's messages read by reader and tells the owner.
func (s *Service) markRead(ctx context.Context, workspaceID, contactID, reader, other string) error {
	return s.store.InTx(ctx, func(tx *store.Tx) error {
		if _, err := tx.Contacts().ByID(workspaceID, contactID); err != nil {
			return store.Missing(err, contactMissing)
		}
		n, err := tx.Messages().MarkRead(workspaceID, contactID, other, s.now())
		if err != nil || n == 0 {
			return err
		}
		return events.Emit(tx, workspaceID, model.EventMessageRead, map[string]any{"contact_id": contactID, "reader": reader, "count": n})
	})
}

// anyUnread reports whether author's side of the conversation has unread
// messages, reading only.
func (s *Service) anyUnread(ctx context.Context, workspaceID, contactID, author string) (bool, error) {
	var n int
	err := s.store.View(ctx, func(tx *store.Tx) (err error) {
		if _, err := tx.Contacts().ByID(workspaceID, contactID); err != nil {
			return store.Missing(err, contactMissing)
		}
		n, err = tx.Messages().CountUnread(workspaceID, contactID, author)
		return err
	})
	return n > 0, err
}

// scheduleNotify enqueues the delayed email check; its unique key allows
// one per contact per quiet period.
func (s *Service) scheduleNotify(tx *store.Tx, m model.Message) error {
	j, err := jobs.NewJob(m.WorkspaceID, JobNotify, notifyPayload{ContactID: m.ContactID})
	if err != nil {
		return err
	}
	period := m.CreatedAt.UnixNano() / int64(s.QuietPeriod)
	key := fmt.Sprintf("%s:%s:%s:%d", JobNotify, m.WorkspaceID, m.ContactID, period)
	j.UniqueKey, j.RunAt = &key, m.CreatedAt.Add(s.NotifyDelay)
	return jobs.Enqueue(tx, j)
}
