package store

import (
	"strings"

	"clientportal/server/internal/model"
)

// Mailbox lists the newest messages of every workspace, newest first, only
// those to one address (compared case-insensitively) when to is not empty:
// the development mailbox, which is on the service's own host.
func (r Emails) Mailbox(to string, limit int) ([]model.Email, error) {
	q := r.db.db.Order("created_at DESC, id DESC").Limit(limit)
	if to = strings.TrimSpace(to); to != "" {
		q = q.Where("LOWER(to_addr) = ?", strings.ToLower(to))
	}
	var es []model.Email
	return es, notFound(q.Find(&es).Error, "list the mailbox")
}

// MailboxRecipients lists the addresses the development mailbox holds
// messages to, in alphabetical order, at most limit of them.
func (r Emails) MailboxRecipients(limit int) ([]string, error) {
	var to []string
	err := r.db.db.Model(&model.Email{}).Distinct("to_addr").Order("to_addr").Limit(limit).Pluck("to_addr", &to).Error
	return to, notFound(err, "list the mailbox's recipients")
}

// MailboxEmail loads one message of any workspace, for the development mailbox.
func (r Emails) MailboxEmail(id string) (model.Email, error) {
	var e model.Email
	return e, notFound(r.db.db.Where("id = ?", id).Take(&e).Error, "email "+id)
}
