package store

import (
	"time"

	"clientportal/server/internal/model"
)

// Messages is the repository of the conversations between a workspace and its contacts.
type Messages struct{ db *Tx }

// Messages returns the message repository.
func (t *Tx) Messages() Messages { return Messages{t} }

// Create saves a new message.
func (r Messages) Create(m *model.Message) error {
	return notFound(r.db.db.Create(m).Error, "create message")
}

// ByID loads a message of the workspace.
func (r Messages) ByID(workspaceID, id string) (model.Message, error) {
	return byID[model.Message](r.db, workspaceID, id, "message")
}

// Thread returns the last limit messages with a contact, oldest first.
func (r Messages) Thread(workspaceID, contactID string, limit int) ([]model.Message, error) {
	var ms []model.Message
	err := r.db.db.Where("workspace_id = ? AND contact_id = ?", workspaceID, contactID).
		Order("created_at DESC, id DESC").Limit(limit).Find(&ms).Error
	for i, j := 0, len(ms)-1; i < j; i, j = i+1, j-1 {
		ms[i], ms[j] = ms[j], ms[i]
	}
	return ms, notFound(err, "messages with contact "+contactID)
}

// MarkRead marks the unread messages of author in a contact's conversation
// as read, and says how many changed.
func (r Messages) MarkRead(workspaceID, contactID, author string, at time.Time) (int64, error) {
	res := r.db.db.Model(&model.Message{}).Where("workspace_id = ? AND contact_id = ? AND author = ? AND read_at IS NULL", workspaceID, contactID, author).
		Update("read_at", at)
	return res.RowsAffected, notFound(res.Error, "mark messages read")
}

// CountUnread counts the unread messages of author in a contact's conversation.
func (r Messages) CountUnread(workspaceID, contactID, author string) (int, error) {
	var n int64
	err := r.db.db.Model(&model.Message{}).Where("workspace_id = ? AND contact_id = ? AND author = ? AND read_at IS NULL", workspaceID, contactID, author).Count(&n).Error
	return int(n), notFound(err, "count unread messages")
}

// ThreadSummary is one conversation of the owner's inbox.
type ThreadSummary struct {
	ContactID string
	Unread    int
}

// Inbox lists the workspace's conversations: those with unread client
// messages first, then the newest.
func (r Messages) Inbox(workspaceID string, limit int) ([]ThreadSummary, error) {
	var out []ThreadSummary
	err := r.db.db.Raw(`SELECT contact_id, MAX(created_at) AS last_at,
		SUM(CASE WHEN author = ? AND read_at IS NULL THEN 1 ELSE 0 END) AS unread
		FROM messages WHERE workspace_id = ? GROUP BY contact_id
		ORDER BY CASE WHEN SUM(CASE WHEN author = ? AND read_at IS NULL THEN 1 ELSE 0 END) > 0 THEN 0 ELSE 1 END, MAX(created_at) DESC
		LIMIT ?`, model.AuthorClient, workspaceID, model.AuthorClient, limit).Scan(&out).Error
	return out, notFound(err, "message inbox")
}

// Last returns the newest message with a contact.
func (r Messages) Last(workspaceID, contactID string) (model.Message, error) {
	var m model.Message
	err := r.db.db.Where("workspace_id = ? AND contact_id = ?", workspaceID, contactID).Order("created_at DESC, id DESC").Take(&m).Error
	return m, notFound(err, "last message")
}
