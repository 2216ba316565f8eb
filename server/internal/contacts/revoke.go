package contacts

import (
	"context"

	"clientportal/server/internal/events"
	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
)

// RevokeAccess shuts a contact out: sessions, links and open event streams
// end at once.
func (s *Service) RevokeAccess(ctx context.Context, workspaceID, contactID string) error {
	now := s.now()
	err := s.store.InTx(ctx, func(tx *store.Tx) error {
		if _, err := tx.Contacts().ByID(workspaceID, contactID); err != nil {
			return err
		}
		if err := tx.Contacts().Update(workspaceID, contactID, map[string]any{"access_revoked_at": now}); err != nil {
			return err
		}
		if err := tx.LoginLinks().RevokeForContact(workspaceID, contactID, now); err != nil {
			return err
		}
		if err := tx.Sessions().RevokeForContact(workspaceID, contactID, now); err != nil {
			return err
		}
		// Open pages of the contact end their event streams on this event.
		return events.Emit(tx, workspaceID, model.EventContactAccessRevoked, map[string]any{"contact_id": contactID})
	})
	return store.Missing(err, contactMissing)
}
