package localdb

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"time"
)

// The kinds of action the outbox can hold.
const (
	KindInvite       = "invite"
	KindLoginEmail   = "login_email"
	KindSendDocument = "send_document"
	KindDraftInvoice = "draft_invoice"
	KindSendMessage  = "send_message"
)

// The states of an outbox action.
const (
	StatusPending = "pending"
	StatusSynced  = "synced"
	StatusFailed  = "failed"
)

// Action is one owner action waiting for (or done with) the server.
type Action struct {
	ID             int64
	AccountID      string
	Kind           string
	Payload        json.RawMessage
	Label          string
	IdempotencyKey string
	Status         string
	Error          string
	Attempts       int
	CreatedAt      time.Time
	DoneAt         *time.Time
}

// NewKey returns a fresh random Idempotency-Key.
func NewKey() string {
	b := make([]byte, 16)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

// Enqueue stores an action to replay later; payload is encoded as JSON.
func (d *DB) Enqueue(ctx context.Context, accountID, kind, label, key string, payload any) (int64, error) {
	b, err := json.Marshal(payload)
	if err != nil {
		return 0, fmt.Errorf("encode %s action: %w", kind, err)
	}
	res, err := d.sql.ExecContext(ctx,
		`INSERT INTO outbox (account_id, kind, payload, label, idempotency_key, created_at) VALUES (?, ?, ?, ?, ?, ?)`,
		accountID, kind, string(b), label, key, d.clock.Now())
	if err != nil {
		return 0, fmt.Errorf("queue %s action: %w", kind, err)
	}
	return res.LastInsertId()
}

// Pending lists an account's actions still to send, oldest first.
func (d *DB) Pending(ctx context.Context, accountID string) ([]Action, error) {
	return d.query(ctx, `WHERE account_id = ? AND status = 'pending' ORDER BY id`, accountID)
}

// Recent lists an account's latest actions, newest first.
func (d *DB) Recent(ctx context.Context, accountID string, limit int) ([]Action, error) {
	return d.query(ctx, `WHERE account_id = ? ORDER BY id DESC LIMIT ?`, accountID, limit)
}

// CountPending says how many of an account's actions wait for the server.
func (d *DB) CountPending(ctx context.Context, accountID string) (int, error) {
	var n int
	err := d.sql.QueryRowContext(ctx, `SELECT count(*) FROM outbox WHERE account_id = ? AND status = 'pending'`, accountID).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("count pending actions: %w", err)
	}
	return n, nil
}

// Finish records an action's outcome: synced, or failed with the reason.
func (d *DB) Finish(ctx context.Context, id int64, status, reason string) error {
	_, err := d.sql.ExecContext(ctx, `UPDATE outbox SET status = ?, error = ?, attempts = attempts + 1, done_at = ? WHERE id = ?`,
		status, reason, d.clock.Now(), id)
	if err != nil {
		return fmt.Errorf("record outcome of action %d: %w", id, err)
	}
	return nil
}

// Attempted counts a try that could not reach the server.
func (d *DB) Attempted(ctx context.Context, id int64, reason string) error {
	_, err := d.sql.ExecContext(ctx, `UPDATE outbox SET attempts = attempts + 1, error = ? WHERE id = ?`, reason, id)
	if err != nil {
		return fmt.Errorf("record attempt of action %d: %w", id, err)
	}
	return nil
}

func (d *DB) query(ctx context.Context, where string, args ...any) ([]Action, error) {
	rows, err := d.sql.QueryContext(ctx, `SELECT id, account_id, kind, payload, label, idempotency_key, status, error, attempts, created_at, done_at FROM outbox `+where, args...)
	if err != nil {
		return nil, fmt.Errorf("list outbox: %w", err)
	}
	defer rows.Close()
	var out []Action
	for rows.Next() {
		var a Action
		var payload string
		var done sql.NullTime
		if err := rows.Scan(&a.ID, &a.AccountID, &a.Kind, &payload, &a.Label, &a.IdempotencyKey, &a.Status, &a.Error, &a.Attempts, &a.CreatedAt, &done); err != nil {
			return nil, fmt.Errorf("read outbox row: %w", err)
		}
		a.Payload = json.RawMessage(payload)
		if done.Valid {
			a.DoneAt = &done.Time
		}
		out = append(out, a)
	}
	return out, rows.Err()
}
