package mail

import (
	"context"
	"fmt"

	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
)

// MailboxView is what the development mailbox shows: the newest emails
// (to one recipient when filtered) and every recipient to filter by.
type MailboxView struct {
	Emails     []model.Email
	Recipients []string
}

// Mailbox lists the newest emails of every workspace, newest first, only
// those to one address when to is not empty, for the development mailbox.
func (s *Service) Mailbox(ctx context.Context, to string, limit int) (MailboxView, error) {
	var v MailboxView
	err := s.store.View(ctx, func(tx *store.Tx) (err error) {
		if v.Emails, err = tx.Emails().Mailbox(to, limit); err != nil {
			return err
		}
		v.Recipients, err = tx.Emails().MailboxRecipients(500)
		return err
	})
	if err != nil {
		return MailboxView{}, fmt.Errorf("read the development mailbox: %w", err)
	}
	return v, nil
}

// MailboxEmail loads one email of the development mailbox.
func (s *Service) MailboxEmail(ctx context.Context, id string) (model.Email, error) {
	var e model.Email
	err := s.store.View(ctx, func(tx *store.Tx) (err error) {
		e, err = tx.Emails().MailboxEmail(id)
		return store.Missing(err, "There is no such email in the mailbox.")
	})
	return e, err
}
