package workspace

import (
	"context"
	"time"

	"clientportal/server/internal/apperr"
	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
)

// Adoption counts invites and joins per day over the last days.
func (s *Service) Adoption(ctx context.Context, workspaceID string, days int) ([]model.DayCount, error) {
	if days < 1 || days > 365 {
		return nil, apperr.Validation{"days": "Use 1 to 365 days."}.Err()
	}
	since := s.clock.Now().Truncate(24*time.Hour).AddDate(0, 0, -(days - 1))
	var out []model.DayCount
	err := s.store.View(ctx, func(tx *store.Tx) (err error) {
		out, err = tx.Contacts().Adoption(workspaceID, since)
		return err
	})
	return out, err
}
