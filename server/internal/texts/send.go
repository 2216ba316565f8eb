package texts

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/google/uuid"

	"clientportal/server/internal/apperr"
	"clientportal/server/internal/jobs"
	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
)

// JobDeliver is the job kind that hands one text to the provider.
const JobDeliver = "text.deliver"

type deliverPayload struct {
	TextID string `json:"text_id"`
}

func newText(c model.Contact, kind, batchID, body string, now time.Time) model.Text {
	t := model.Text{ID: uuid.NewString(), WorkspaceID: c.WorkspaceID, ContactID: c.ID, Kind: kind, ToPhone: c.Phone,
		Body: body, BodyLength: len([]rune(body)), Status: model.TextQueued, CreatedAt: now, UpdatedAt: now}
	if batchID != "" {
		t.BatchID = &batchID
	}
	return t
}

// queue saves texts and one delivery job each in the caller's transaction.
func queue(tx *store.Tx, ts ...model.Text) error {
	js := make([]model.Job, 0, len(ts))
	for _, t := range ts {
		j, err := jobs.NewJob(t.WorkspaceID, JobDeliver, deliverPayload{TextID: t.ID})
		if err != nil {
			return err
		}
		key := "text:" + t.ID
		j.UniqueKey = &key
		js = append(js, j)
	}
	if err := tx.Texts().CreateMany(ts); err != nil {
		return err
	}
	return jobs.Enqueue(tx, js...)
}

// checkLimits refuses, before anything is queued, texts that would pass the
// workspace's hourly limit or a contact's.
func (s *Service) checkLimits(tx *store.Tx, ts model.TextSettings, contactIDs []string) error {
	since := s.now().Add(-time.Hour)
	n, err := tx.Texts().CountSince(ts.WorkspaceID, "", since)
	if err != nil {
		return err
	}
	if n+len(contactIDs) > ts.HourlyLimit {
		return apperr.New(apperr.RateLimited, "This would pass the workspace's limit of %d texts an hour (%d sent in the last hour); nothing was sent.",
			ts.HourlyLimit, n)
	}
	per, err := tx.Texts().CountPerContactSince(ts.WorkspaceID, contactIDs, since)
	if err != nil {
		return err
	}
	for _, id := range contactIDs {
		if per[id] >= MaxPerContactHour {
			return &apperr.Error{Kind: apperr.RateLimited, Fields: map[string]string{"contact_ids": id},
				Message: fmt.Sprintf("Contact %s was sent %d texts in the last hour, the most one contact gets; nothing was sent.", id, MaxPerContactHour)}
		}
	}
	return nil
}

// deliver hands one text to the provider. A try whose outcome is unknown
// (the answer was lost, or the provider failed) leaves the text "sending";
// the next try first asks the provider whether it has the message, so a
// text is never sent twice.
func (s *Service) deliver(ctx context.Context, j model.Job) error {
	var p deliverPayload
	if err := json.Unmarshal(j.Payload, &p); err != nil {
		return jobs.Permanent(fmt.Errorf("decode %s payload: %w", JobDeliver, err))
	}
	var t model.Text
	err := s.store.View(ctx, func(tx *store.Tx) (err error) { t, err = tx.Texts().ByID(j.WorkspaceID, p.TextID); return err })
	if errors.Is(err, store.ErrNotFound) {
		return jobs.Permanent(err)
	}
	if err != nil || (t.Status != model.TextQueued && t.Status != model.TextSending) {
		return err
	}
	m := Message{TextID: t.ID, To: t.ToPhone, Body: t.Body, StatusCallback: s.callbackURL(t.ID)}
	if t.Status == model.TextSending {
		r, found, err := s.provider.Find(ctx, m)
		if err != nil {
			return s.recordFailure(ctx, j, t, err)
		}
		if found {
			return s.recordSent(ctx, t, r)
		}
	}
	var started bool
	err = s.store.InTx(ctx, func(tx *store.Tx) (err error) { started, err = tx.Texts().StartAttempt(t.ID, j.Attempts); return err })
	if err != nil || !started {
		return err
	}
	r, err := s.provider.Send(ctx, m)
	if err != nil {
		return s.recordFailure(ctx, j, t, err)
	}
	return s.recordSent(ctx, t, r)
}

func (s *Service) recordSent(ctx context.Context, t model.Text, r Receipt) error {
	return s.store.InTx(ctx, func(tx *store.Tx) error {
		if err := tx.Texts().MarkSent(t.ID, r.SID, s.provider.KeepsBody()); err != nil {
			return err
		}
		return emitStatus(tx, t, model.TextSent, "")
	})
}

// recordFailure keeps a retryable error for the owner to see, or marks the
// text failed with the provider's code when no retry can help.
func (s *Service) recordFailure(ctx context.Context, j model.Job, t model.Text, sendErr error) error {
	pe, refused := providerError(sendErr)
	refused = refused && pe.Final()
	code := ""
	if pe != nil {
		code = pe.Code
	}
	final := refused || j.Attempts >= j.MaxAttempts
	err := s.store.InTx(ctx, func(tx *store.Tx) error {
		if !final {
			return tx.Texts().NoteError(t.ID, sendErr.Error())
		}
		if err := tx.Texts().Fail(t.ID, code, sendErr.Error()); err != nil {
			return err
		}
		if code == CodeUnsubscribed {
			if _, err := setOptOut(tx, t.ToPhone, true); err != nil {
				return err
			}
		}
		return emitStatus(tx, t, model.TextFailed, code)
	})
	if err != nil {
		return fmt.Errorf("record the failure of text %s (%v): %w", t.ID, sendErr, err)
	}
	if refused {
		return jobs.Permanent(sendErr)
	}
	return sendErr
}

// deliveryDied marks the text of a dead delivery job failed.
func (s *Service) deliveryDied(tx *store.Tx, j model.Job) (map[string]any, error) {
	var p deliverPayload
	if err := json.Unmarshal(j.Payload, &p); err != nil {
		return nil, nil
	}
	t, err := tx.Texts().ByID(j.WorkspaceID, p.TextID)
	if err != nil || (t.Status != model.TextQueued && t.Status != model.TextSending) {
		return map[string]any{"text_id": p.TextID}, ignoreMissing(err)
	}
	if err := tx.Texts().Fail(t.ID, "", j.LastError); err != nil {
		return nil, err
	}
	return map[string]any{"text_id": p.TextID, "contact_id": t.ContactID}, emitStatus(tx, t, model.TextFailed, "")
}

func ignoreMissing(err error) error {
	if errors.Is(err, store.ErrNotFound) {
		return nil
	}
	return err
}

// callbackURL is where the provider reports on a text; the outbox makes no reports.
func (s *Service) callbackURL(textID string) string {
	if s.provider.AuthToken() == "" || s.baseURL == nil {
		return ""
	}
	return s.baseURL.String() + StatusPath + "?t=" + textID
}
