package mail

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/google/uuid"

	"clientportal/server/internal/jobs"
	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
)

// JobDeliver is the job kind that sends one queued email.
const JobDeliver = "email.deliver"

// Service queues messages and delivers them from the job queue.
type Service struct {
	store   *store.Store
	sender  Sender
	onFinal func(ctx context.Context, tx *store.Tx, e model.Email) error
}

// NewService returns the mail service; onFinal (optional) runs in the
// transaction that marks a message sent or failed for good (e.Status says
// which), e.g. to emit an event.
func NewService(s *store.Store, sender Sender, onFinal func(context.Context, *store.Tx, model.Email) error) *Service {
	return &Service{store: s, sender: sender, onFinal: onFinal}
}

// Close ends the sender's kept connections, if it keeps any.
func (s *Service) Close() error {
	if c, ok := s.sender.(interface{ Close() error }); ok {
		return c.Close()
	}
	return nil
}

// Register adds the delivery handler to the queue.
func (s *Service) Register(q *jobs.Queue) { q.HandleSettled(JobDeliver, s.deliver) }

// Draft is a message before it is queued.
type Draft struct {
	WorkspaceID string
	ContactID   string
	Kind        string // invitation, login, document, …
	From, To    string
	Subject     string
	Text, HTML  string
	// AttachmentName and Attachment are one file sent with the message.
	AttachmentName string
	Attachment     []byte
}

// Queue saves the messages and their delivery jobs in the caller's transaction.
func Queue(tx *store.Tx, drafts ...Draft) ([]model.Email, error) {
	es := make([]model.Email, 0, len(drafts))
	js := make([]model.Job, 0, len(drafts))
	for _, d := range drafts {
		e := newEmail(d, tx.Now())
		j, err := jobs.NewJob(d.WorkspaceID, JobDeliver, deliverPayload{EmailID: e.ID})
		if err != nil {
			return nil, err
		}
		key := "email:" + e.ID
		j.UniqueKey = &key
		es, js = append(es, e), append(js, j)
	}
	if err := tx.Emails().CreateMany(es); err != nil {
		return nil, err
	}
	return es, jobs.Enqueue(tx, js...)
}

func newEmail(d Draft, now time.Time) model.Email {
	id := uuid.NewString()
	domain := d.From[strings.LastIndexByte(d.From, '@')+1:]
	e := model.Email{ID: id, WorkspaceID: d.WorkspaceID, Kind: d.Kind, FromAddr: d.From, ToAddr: d.To, Subject: d.Subject,
		TextBody: d.Text, HTMLBody: d.HTML, MessageID: id + "@" + domain, Status: model.EmailQueued, CreatedAt: now,
		AttachmentName: d.AttachmentName, Attachment: d.Attachment}
	if d.ContactID != "" {
		e.ContactID = &d.ContactID
	}
	return e
}

type deliverPayload struct {
	EmailID string `json:"email_id"`
}

func (s *Service) deliver(ctx context.Context, j model.Job) (jobs.Settle, error) {
	var p deliverPayload
	if err := json.Unmarshal(j.Payload, &p); err != nil {
		return nil, jobs.Permanent(fmt.Errorf("decode %s payload: %w", JobDeliver, err))
	}
	var e model.Email
	err := s.store.View(ctx, func(tx *store.Tx) (err error) {
		e, err = tx.Emails().ByID(j.WorkspaceID, p.EmailID)
		return err
	})
	if errors.Is(err, store.ErrNotFound) {
		return nil, jobs.Permanent(err)
	}
	if err != nil || e.Status == model.EmailSent {
		return nil, err
	}
	return s.settle(ctx, j, e), s.sender.Send(ctx, e)
}

// settle records a delivery try of e in the transaction that completes or
// reschedules its job: sent (and the body dropped), or the error, final
// when the job dies.
func (s *Service) settle(ctx context.Context, j model.Job, e model.Email) jobs.Settle {
	return func(tx *store.Tx, sendErr error, dead bool) error {
		if sendErr == nil {
			if err := tx.Emails().MarkSent(e.ID, j.Attempts, !keepsMessage(s.sender)); err != nil || s.onFinal == nil {
				return err
			}
			e.Status, e.Attempts = model.EmailSent, j.Attempts
			return s.onFinal(ctx, tx, e)
		}
		if err := tx.Emails().MarkAttempt(e.ID, j.Attempts, sendErr.Error(), dead); err != nil {
			return err
		}
		if dead && s.onFinal != nil {
			e.Status, e.Error, e.Attempts = model.EmailFailed, sendErr.Error(), j.Attempts
			return s.onFinal(ctx, tx, e)
		}
		return nil
	}
}
