package store

import (
	"context"
	"fmt"
	"time"
)

// Hit counts one attempt under key in a fixed window and returns the count
// so far, atomically (one upsert), so parallel requests and several
// instances cannot slip past a limit.
func (s *Store) Hit(ctx context.Context, key string, window time.Duration) (int, error) {
	now := s.Now()
	var n int
	err := s.db.WithContext(ctx).Raw(`INSERT INTO rate_counters (key, n, reset_at) VALUES (?, 1, ?)
		ON CONFLICT (key) DO UPDATE SET
			n = CASE WHEN rate_counters.reset_at <= ? THEN 1 ELSE rate_counters.n + 1 END,
			reset_at = CASE WHEN rate_counters.reset_at <= ? THEN excluded.reset_at ELSE rate_counters.reset_at END
		RETURNING n`, key, now.Add(window), now, now).Scan(&n).Error
	if err != nil {
		return 0, fmt.Errorf("count %s: %w", key, err)
	}
	return n, nil
}

// PurgeRateCounters deletes counters whose window has ended.
func (s *Store) PurgeRateCounters(ctx context.Context) error {
	return s.db.WithContext(ctx).Exec("DELETE FROM rate_counters WHERE reset_at <= ?", s.Now()).Error
}
