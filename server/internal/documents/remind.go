package documents

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"clientportal/server/internal/events"
	"clientportal/server/internal/jobs"
	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
)

// runReminder is the reminder job: it emails again every signer whose turn
// it is and who has not signed, while the document waits for signatures,
// and queues the next reminder until the plan's maximum.
func (s *Service) runReminder(ctx context.Context, j model.Job) error {
	var p remindPayload
	if err := json.Unmarshal(j.Payload, &p); err != nil {
		return jobs.Permanent(fmt.Errorf("decode %s payload: %w", JobRemind, err))
	}
	err := s.store.InTx(ctx, func(tx *store.Tx) error { return s.remind(tx, j.WorkspaceID, p) })
	return ignoreMiss(err)
}

func (s *Service) remind(tx *store.Tx, workspaceID string, p remindPayload) error {
	d, err := tx.Documents().ByIDForUpdate(workspaceID, p.DocumentID)
	if err != nil {
		return err
	}
	if !open(d.Status) || expired(d, s.now()) || d.RemindersSent >= d.RemindMax || p.N != d.RemindersSent+1 {
		return nil // the document ended, or this reminder was already sent
	}
	v, err := loadView(tx, workspaceID, d.ID)
	if err != nil {
		return err
	}
	var told []string
	for _, sg := range v.Signers {
		if sg.SignOrder == turn(v.Signers) && (sg.Status == model.SignerSent || sg.Status == model.SignerViewed) {
			if err := s.emailReminder(tx, d, sg.Contact); err != nil {
				return err
			}
			told = append(told, sg.Contact.Email)
		}
	}
	if len(told) == 0 {
		return nil
	}
	if _, err := tx.Documents().Transition(workspaceID, d.ID, []string{d.Status}, map[string]any{"reminders_sent": p.N}); err != nil {
		return err
	}
	for _, to := range told {
		if err := s.audit(tx, d, to, ActionReminded, Meta{}); err != nil {
			return err
		}
	}
	if p.N < d.RemindMax && d.RemindEveryS > 0 {
		if err := queueReminder(tx, d, p.N+1, s.now().Add(time.Duration(d.RemindEveryS)*time.Second)); err != nil {
			return err
		}
	}
	return events.Emit(tx, workspaceID, model.EventDocumentReminded, map[string]any{"document_id": d.ID, "reminder": p.N, "to": told})
}

func (s *Service) emailReminder(tx *store.Tx, d model.Document, c model.Contact) error {
	w, err := tx.Workspaces().ByID(d.WorkspaceID)
	if err != nil {
		return err
	}
	portalURL, err := s.portalURL(tx, w)
	if err != nil {
		return err
	}
	link, err := s.links.NewDocumentLink(tx, w, c, portalURL, d.ID)
	if err != nil {
		return err
	}
	z := s.wordsFor(w, c)
	m := signRequest(z, w, c, d, portalURL, link)
	m.kind = KindReminder
	m.subject = z.T("work_email.reminder.subject", "Title", d.Title)
	if d.ExpiresAt != nil {
		m.paragraphs = append(m.paragraphs, z.T("work_email.reminder.until", "When", z.DateTime(d.ExpiresAt.In(zoneOf(c.TimeZone)))))
	}
	return queue(tx, m)
}
