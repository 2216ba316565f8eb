package groups

import (
	"context"
	"errors"
	"time"

	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
)

// seenRefresh is how stale a member's last look may get before a quiet
// feed view records a new one.
const seenRefresh = time.Minute

// MarkSeen records that the member has looked at the group's feed now. A
// look that changes nothing (no new posts, and the last look under a minute
// ago) writes nothing, so reloading a quiet feed costs no write.
func (s *Service) MarkSeen(ctx context.Context, workspaceID, contactID, groupID string) error {
	now := s.now()
	if seen, err := s.seenAlready(ctx, workspaceID, contactID, groupID, now); err != nil || seen {
		return err
	}
	return s.store.InTx(ctx, func(tx *store.Tx) error {
		_, err := tx.Groups().UpdateMember(workspaceID, groupID, contactID, map[string]any{"last_seen_at": now})
		return err
	})
}

// seenAlready reports, reading only, that there is nothing to record: no
// such member, or a recent look with no new posts since.
func (s *Service) seenAlready(ctx context.Context, workspaceID, contactID, groupID string, now time.Time) (bool, error) {
	seen := false
	err := s.store.View(ctx, func(tx *store.Tx) error {
		m, err := tx.Groups().Member(workspaceID, groupID, contactID)
		if errors.Is(err, store.ErrNotFound) {
			seen = true
			return nil
		}
		if err != nil || now.Sub(m.LastSeenAt) > seenRefresh {
			return err
		}
		gs, err := tx.Groups().ForContact(workspaceID, contactID)
		seen = err == nil && !hasNewPosts(gs, groupID)
		return err
	})
	return seen, err
}

func hasNewPosts(gs []model.GroupOfMember, groupID string) bool {
	for _, g := range gs {
		if g.ID == groupID {
			return g.NewPosts > 0
		}
	}
	return false
}
