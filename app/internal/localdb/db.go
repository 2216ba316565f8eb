// Package localdb is the desktop app's own SQLite database: the outbox of
// actions taken while the server was unreachable, and the last data seen,
// so the app can show it offline.
package localdb

import (
	"context"
	"database/sql"
	"fmt"

	_ "github.com/glebarez/go-sqlite" // pure-Go SQLite driver "sqlite"

	"clientportal/shared/clock"
)

// DB is the local database.
type DB struct {
	sql   *sql.DB
	clock clock.Clock
}

const schema = `
CREATE TABLE IF NOT EXISTS outbox (
	id INTEGER PRIMARY KEY AUTOINCREMENT,
	account_id TEXT NOT NULL,
	kind TEXT NOT NULL,
	payload TEXT NOT NULL,
	label TEXT NOT NULL,
	idempotency_key TEXT NOT NULL UNIQUE,
	status TEXT NOT NULL DEFAULT 'pending',
	error TEXT NOT NULL DEFAULT '',
	attempts INTEGER NOT NULL DEFAULT 0,
	created_at TIMESTAMP NOT NULL,
	done_at TIMESTAMP
);
CREATE INDEX IF NOT EXISTS outbox_pending ON outbox(account_id, status, id);
CREATE TABLE IF NOT EXISTS snapshots (
	account_id TEXT NOT NULL,
	key TEXT NOT NULL,
	body TEXT NOT NULL,
	saved_at TIMESTAMP NOT NULL,
	PRIMARY KEY (account_id, key)
);`

// Open opens (creating) the database file at path.
func Open(ctx context.Context, path string, clk clock.Clock) (*DB, error) {
	dsn := "file:" + path + "?_pragma=journal_mode(WAL)&_pragma=busy_timeout(5000)&_pragma=synchronous(NORMAL)"
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("open local database: %w", err)
	}
	db.SetMaxOpenConns(1)
	if _, err := db.ExecContext(ctx, schema); err != nil {
		db.Close()
		return nil, fmt.Errorf("create local tables in %s: %w", path, err)
	}
	return &DB{sql: db, clock: clock.Or(clk)}, nil
}

// Close closes the database.
func (d *DB) Close() error { return d.sql.Close() }
