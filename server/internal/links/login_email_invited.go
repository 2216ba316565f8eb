package links

import (
	"fmt"

	"clientportal/server/internal/events"
	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
)

// countAsInvited makes a contact who is sent a login email without ever
// having been invited an invited one, in the same transaction, so the
// workspace's Joined count never includes people it did not count as invited.
func countAsInvited(tx *store.Tx, c model.Contact) error {
	first, err := tx.Contacts().MarkInvitedByLoginEmail(c.WorkspaceID, c.ID, tx.Now())
	if err != nil || !first {
		return err
	}
	if err := tx.Workspaces().AddCounts(c.WorkspaceID, 1, 0); err != nil {
		return fmt.Errorf("count %s as invited: %w", c.ID, err)
	}
	return events.Emit(tx, c.WorkspaceID, model.EventContactInvited,
		map[string]any{"contact_id": c.ID, "name": c.Name, "email": c.Email, "by": "login_email"})
}
