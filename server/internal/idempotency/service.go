// Package idempotency remembers the answers to owner API requests made with
// an Idempotency-Key, so a repeated request gets the first answer again and
// has no second effect.
package idempotency

import (
	"context"

	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
)

// Service keeps the keys in the store.
type Service struct{ store *store.Store }

// New returns the service.
func New(s *store.Store) *Service { return &Service{store: s} }

// Claim takes the key for a request whose body hashes to hash: fresh is
// true when the request should run; otherwise prev holds the earlier
// request (its answer, or status 0 while it still runs).
func (s *Service) Claim(ctx context.Context, workspaceID, key string, hash []byte) (prev model.IdempotencyKey, fresh bool, err error) {
	err = s.store.InTx(ctx, func(tx *store.Tx) (err error) {
		prev, fresh, err = tx.IdempotencyKeys().Claim(workspaceID, key, hash)
		return err
	})
	return prev, fresh, err
}

// Finish remembers the answer of a request that ran.
func (s *Service) Finish(ctx context.Context, workspaceID, key string, status int, body []byte) error {
	return s.store.InTx(ctx, func(tx *store.Tx) error { return tx.IdempotencyKeys().Finish(workspaceID, key, status, body) })
}

// Release forgets a key whose request failed in a way worth retrying.
func (s *Service) Release(ctx context.Context, workspaceID, key string) error {
	return s.store.InTx(ctx, func(tx *store.Tx) error { return tx.IdempotencyKeys().Release(workspaceID, key) })
}
