package sessions

import (
	"context"

	"clientportal/server/internal/secure"
	"clientportal/server/internal/store"
)

// Alive reports, without counting it as activity, that a session is
// neither revoked nor expired: an open tab alone must not keep it alive.
func (s *Service) Alive(ctx context.Context, workspaceID, token string) bool {
	now := s.now()
	err := s.store.View(ctx, func(tx *store.Tx) error {
		sess, err := tx.Sessions().Live(workspaceID, secure.Hash(token), now)
		if err == nil && now.Sub(sess.LastSeenAt) > s.SessionIdle {
			return errNoSession
		}
		return err
	})
	return err == nil
}
