package mail

import (
	"context"

	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
)

// Recent lists the newest emails of every workspace, newest first, for the
// development mailbox.
func (s *Service) Recent(ctx context.Context, limit int) ([]model.Email, error) {
	var es []model.Email
	err := s.store.View(ctx, func(tx *store.Tx) (err error) {
		es, err = tx.Emails().Recent("", limit)
		return err
	})
	return es, err
}
