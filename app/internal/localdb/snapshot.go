package localdb

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"
)

// SaveSnapshot keeps the last answer of the server under key, for offline use.
func (d *DB) SaveSnapshot(ctx context.Context, accountID, key string, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("encode snapshot %s: %w", key, err)
	}
	_, err = d.sql.ExecContext(ctx, `INSERT INTO snapshots (account_id, key, body, saved_at) VALUES (?, ?, ?, ?)
		ON CONFLICT (account_id, key) DO UPDATE SET body = excluded.body, saved_at = excluded.saved_at`,
		accountID, key, string(b), d.clock.Now())
	if err != nil {
		return fmt.Errorf("save snapshot %s: %w", key, err)
	}
	return nil
}

// LoadSnapshot reads the last saved answer under key into v; ok is false when there is none.
func (d *DB) LoadSnapshot(ctx context.Context, accountID, key string, v any) (time.Time, bool, error) {
	var body string
	var at time.Time
	err := d.sql.QueryRowContext(ctx, `SELECT body, saved_at FROM snapshots WHERE account_id = ? AND key = ?`, accountID, key).Scan(&body, &at)
	if errors.Is(err, sql.ErrNoRows) {
		return time.Time{}, false, nil
	}
	if err != nil {
		return time.Time{}, false, fmt.Errorf("load snapshot %s: %w", key, err)
	}
	if err := json.Unmarshal([]byte(body), v); err != nil {
		return time.Time{}, false, fmt.Errorf("decode snapshot %s: %w", key, err)
	}
	return at, true, nil
}
