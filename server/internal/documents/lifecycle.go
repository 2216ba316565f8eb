package documents

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"clientportal/server/internal/apperr"
	"clientportal/server/internal/events"
	"clientportal/server/internal/i18n"
	"clientportal/server/internal/jobs"
	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
)

// runExpiry is the expiry job: a document still waiting for signatures when
// its expiry passes becomes expired, and the owner's stream hears it.
func (s *Service) runExpiry(ctx context.Context, j model.Job) error {
	var p expirePayload
	if err := json.Unmarshal(j.Payload, &p); err != nil {
		return jobs.Permanent(fmt.Errorf("decode %s payload: %w", JobExpire, err))
	}
	err := s.store.InTx(ctx, func(tx *store.Tx) error {
		d, err := tx.Documents().ByIDForUpdate(j.WorkspaceID, p.DocumentID)
		if err != nil || !open(d.Status) || !expired(d, s.now()) {
			return err // ended, or extended since this job was queued
		}
		ok, err := tx.Documents().Transition(d.WorkspaceID, d.ID, []string{d.Status}, map[string]any{"status": model.DocExpired})
		if err != nil || !ok {
			return err
		}
		if err := s.audit(tx, d, ActorPortal, ActionExpired, Meta{}); err != nil {
			return err
		}
		return events.Emit(tx, d.WorkspaceID, model.EventDocumentExpired, map[string]any{"document_id": d.ID, "contact_id": d.SignerContactID, "expired_at": d.ExpiresAt})
	})
	return ignoreMiss(err)
}

// Extend makes a document signable for expiresIn from now: an expired one
// takes up where it stopped, and reminders left in its plan resume.
func (s *Service) Extend(ctx context.Context, workspaceID, id string, expiresIn time.Duration, m Meta) (View, error) {
	err := s.store.InTx(ctx, func(tx *store.Tx) error {
		d, err := tx.Documents().ByIDForUpdate(workspaceID, id)
		if err != nil {
			return err
		}
		if !open(d.Status) && d.Status != model.DocExpired {
			return apperr.New(apperr.Conflict, "This document is %s; only a document waiting for signatures, or expired, can be extended.",
				strings.ReplaceAll(d.Status, "_", " "))
		}
		return s.extend(tx, d, expiresIn, m)
	})
	if err != nil {
		return View{}, store.Missing(err, documentMissing)
	}
	return s.Get(ctx, workspaceID, id)
}

func (s *Service) extend(tx *store.Tx, d model.Document, expiresIn time.Duration, m Meta) error {
	at := s.now().Add(expiresIn)
	status, err := resumedStatus(tx, d)
	if err != nil {
		return err
	}
	if _, err := tx.Documents().Transition(d.WorkspaceID, d.ID, []string{d.Status}, map[string]any{"status": status, "expires_at": at}); err != nil {
		return err
	}
	if err := queueExpiry(tx, d, at); err != nil {
		return err
	}
	if d.RemindersSent < d.RemindMax && d.RemindEveryS > 0 {
		next := s.now().Add(time.Duration(d.RemindEveryS) * time.Second)
		if err := queueReminder(tx, d, d.RemindersSent+1, next); err != nil {
			return err
		}
	}
	return s.audit(tx, d, ActorOwner, ActionExtended+" until "+at.UTC().Format("2006-01-02 15:04:05"), m)
}

// resumedStatus is the status a document's signers put it in.
func resumedStatus(tx *store.Tx, d model.Document) (string, error) {
	if d.Status != model.DocExpired {
		return d.Status, nil
	}
	ss, err := tx.DocumentSigners().Of(d.WorkspaceID, d.ID)
	status := model.DocSent
	for _, sg := range ss {
		switch {
		case sg.Status == model.SignerSigned:
			return model.DocPartiallySigned, err
		case sg.Status == model.SignerViewed:
			status = model.DocViewed
		}
	}
	return status, err
}

// Void ends a document that is not complete; the signers already asked are
// told, with the reason.
func (s *Service) Void(ctx context.Context, workspaceID, id, reason string, m Meta) (View, error) {
	reason = strings.TrimSpace(reason)
	if reason == "" || utf8.RuneCountInString(reason) > MaxReasonLength {
		return View{}, apperr.Validation{"reason": "Say in a few words why the document is voided (up to 1,000 characters)."}.Err()
	}
	err := s.store.InTx(ctx, func(tx *store.Tx) error {
		d, err := tx.Documents().ByIDForUpdate(workspaceID, id)
		if err != nil {
			return err
		}
		if !open(d.Status) && d.Status != model.DocExpired && d.Status != model.DocDraft {
			return apperr.New(apperr.Conflict, "This document is %s; it can no longer be voided.", strings.ReplaceAll(d.Status, "_", " "))
		}
		return s.saveVoid(tx, d, reason, m)
	})
	if err != nil {
		return View{}, store.Missing(err, documentMissing)
	}
	return s.Get(ctx, workspaceID, id)
}

func (s *Service) saveVoid(tx *store.Tx, d model.Document, reason string, m Meta) error {
	set := map[string]any{"status": model.DocVoided, "voided_at": s.now(), "void_reason": reason}
	if _, err := tx.Documents().Transition(d.WorkspaceID, d.ID, []string{d.Status}, set); err != nil {
		return err
	}
	if err := s.audit(tx, d, ActorOwner, ActionVoided, m); err != nil {
		return err
	}
	v, err := loadView(tx, d.WorkspaceID, d.ID)
	if err != nil {
		return err
	}
	if err := s.tellSigners(tx, v, -1, voidedForSigner(reason)); err != nil {
		return err
	}
	return events.Emit(tx, d.WorkspaceID, model.EventDocumentVoided, map[string]any{"document_id": d.ID, "reason": reason})
}

// voidedForSigner tells a signer the document was withdrawn.
func voidedForSigner(reason string) func(*i18n.Localizer, model.Workspace, model.Contact, model.Document, string) message {
	return func(z *i18n.Localizer, w model.Workspace, c model.Contact, d model.Document, portalURL string) message {
		return message{w: w, contactID: c.ID, to: c.Email, kind: KindVoided, portalURL: portalURL, lz: z,
			subject: z.T("work_email.voided.subject", "Workspace", w.Name, "Title", d.Title),
			paragraphs: []string{greeting(z, c),
				z.T("work_email.voided.body", "Workspace", w.Name, "Title", d.Title, "Reason", reason),
				z.T("work_email.nothing_needed")}}
	}
}
