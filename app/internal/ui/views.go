package ui

import (
	"fmt"
	"strings"
	"time"

	"clientportal/app/internal/localdb"
	"clientportal/shared/api"
)

// ContactRow is a contact as the table shows it.
type ContactRow struct {
	api.Contact
}

// LanguageChoice is one option of a contact's language select.
type LanguageChoice struct {
	Code, Name string
	Selected   bool
}

// Languages are the choices of the contact's language select, the
// contact's own selected ("" is their browser's language).
func (c ContactRow) Languages() []LanguageChoice {
	out := []LanguageChoice{{Code: "", Name: "Browser's language", Selected: c.Language == ""}}
	for _, l := range api.Languages {
		out = append(out, LanguageChoice{Code: l.Code, Name: l.Name, Selected: l.Code == c.Language})
	}
	return out
}

// StatusLabel is the contact's status in words.
func (c ContactRow) StatusLabel() string { return statusLabel(c.Status) }

func statusLabel(s api.ContactStatus) string {
	switch s {
	case api.StatusNotInvited:
		return "Not invited"
	case api.StatusInvited:
		return "Invited"
	case api.StatusJoined:
		return "Joined"
	}
	return string(s)
}

// StatusChoice is one option of the status filter.
type StatusChoice struct {
	Value, Label string
	Selected     bool
}

// Invited is when the contact was invited, or a dash.
func (c ContactRow) Invited() string { return stamp(c.InvitedAt) }

// Joined is when the contact joined, or a dash.
func (c ContactRow) Joined() string { return stamp(c.JoinedAt) }

func stamp(t *time.Time) string {
	if t == nil {
		return "—"
	}
	return t.Local().Format("2 Jan 2006 15:04")
}

func contactRows(cs []api.Contact) []ContactRow {
	rows := make([]ContactRow, len(cs))
	for i, c := range cs {
		rows[i] = ContactRow{c}
	}
	return rows
}

// OutboxRow is a queued action as the outbox shows it.
type OutboxRow struct {
	localdb.Action
}

// Queued is the time of day the action was queued.
func (o OutboxRow) Queued() string { return o.CreatedAt.Local().Format("15:04:05") }

// Expires is the link's expiry with the time left.
func (m MagicLinkView) Expires() string {
	left := strings.TrimSuffix(time.Until(m.Link.ExpiresAt).Round(time.Minute).String(), "0s")
	return fmt.Sprintf("%s (in %s)", m.Link.ExpiresAt.Local().Format("2 Jan 2006 15:04"), left)
}

// ExpiresISO is the expiry for the <time> element.
func (m MagicLinkView) ExpiresISO() string { return m.Link.ExpiresAt.Format(time.RFC3339) }

// Percent is how much of the bulk action is done.
func (b BulkView) Percent() int {
	if b.Total == 0 {
		return 100
	}
	return b.Done * 100 / b.Total
}
