package contacts

import (
	"context"

	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
)

// Waiting counts what waits for a contact in each app of the portal: unpaid
// invoices, courses in progress, unread messages and new group posts.
func (s *Service) Waiting(ctx context.Context, workspaceID, contactID string) (model.Waiting, error) {
	var w model.Waiting
	err := s.store.View(ctx, func(tx *store.Tx) (err error) { w, err = tx.Contacts().Waiting(workspaceID, contactID); return err })
	return w, err
}
