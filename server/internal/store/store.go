// Package store keeps the product's records in SQLite or PostgreSQL through
// gorm. Transactions are opened only by the domain services, through InTx.
package store

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/glebarez/sqlite"
	"gorm.io/driver/postgres"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"

	"clientportal/server/internal/secure"
	"clientportal/shared/clock"
)

// ErrNotFound is returned when a record does not exist in the workspace.
var ErrNotFound = errors.New("not found")

// ErrConflict is returned when a unique value is already taken.
var ErrConflict = errors.New("already exists")

// Store is the database behind the portal.
type Store struct {
	db          *gorm.DB
	dialect     string
	clock       clock.Clock
	connWait    time.Duration
	sealer      *secure.Sealer
	afterCommit []func()
	invalidated invalidations
}

// Options says which database to open.
type Options struct {
	DatabaseURL string // postgres://… or empty for SQLite
	SQLitePath  string
	Clock       clock.Clock // the wall clock when nil
	// MaxConns caps the PostgreSQL connections of this instance; 0 = PoolSize's default.
	MaxConns int
	// ConnWait is how long a call waits for a free connection before ErrBusy; 0 = DefaultConnWait.
	ConnWait time.Duration
	// Sealer seals the secrets kept at rest (signing keys, remembered
	// answers) under the server key; without one they can be neither saved nor read.
	Sealer *secure.Sealer
}

// Open connects to the database and checks that it answers.
func Open(ctx context.Context, o Options) (*Store, error) {
	clk := clock.Or(o.Clock)
	cfg := &gorm.Config{Logger: logger.Discard, NowFunc: clk.Now, TranslateError: true}
	var (
		db      *gorm.DB
		err     error
		dialect = "postgres"
	)
	if o.DatabaseURL != "" {
		db, err = openPostgres(o.DatabaseURL, cfg, PoolSize(o.MaxConns))
	} else {
		dialect = "sqlite"
		db, err = openSQLite(o.SQLitePath, cfg)
	}
	if err == nil {
		err = registerBusyCallbacks(db)
	}
	if err != nil {
		return nil, fmt.Errorf("open %s database: %w", dialect, err)
	}
	s := &Store{db: db, dialect: dialect, clock: clk, connWait: o.ConnWait, sealer: o.Sealer}
	if s.connWait <= 0 {
		s.connWait = DefaultConnWait
	}
	if err := s.Ping(ctx); err != nil {
		s.Close()
		return nil, fmt.Errorf("reach %s database: %w", dialect, err)
	}
	return s, nil
}

// openPostgres connects through pgx in its default mode, which prepares
// each statement once per connection and reuses it (not the simple
// protocol, unless the URL asks for it), with at most size connections.
func openPostgres(url string, cfg *gorm.Config, size int) (*gorm.DB, error) {
	db, err := gorm.Open(postgres.New(postgres.Config{DSN: url, PreferSimpleProtocol: false}), cfg)
	if err != nil {
		return nil, err
	}
	return db, limitPostgresPool(db, size)
}

func openSQLite(path string, cfg *gorm.Config) (*gorm.DB, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, err
	}
	dsn := path + "?_pragma=journal_mode(WAL)&_pragma=busy_timeout(10000)&_pragma=foreign_keys(1)&_pragma=synchronous(NORMAL)&_txlock=immediate"
	db, err := gorm.Open(sqlite.Open(dsn), cfg)
	if err != nil {
		return nil, err
	}
	sqlDB, err := db.DB()
	if err != nil {
		return nil, err
	}
	// SQLite has one writer; a small pool keeps readers concurrent without lock storms.
	sqlDB.SetMaxOpenConns(4)
	sqlDB.SetMaxIdleConns(4)
	return db, nil
}

// Now is the store's clock reading, in UTC.
func (s *Store) Now() time.Time { return s.clock.Now() }

// Clock is the clock the store stamps rows with.
func (s *Store) Clock() clock.Clock { return s.clock }

// Dialect is "sqlite" or "postgres".
func (s *Store) Dialect() string { return s.dialect }

// Ping checks that the database answers; /readyz uses it.
func (s *Store) Ping(ctx context.Context) error {
	sqlDB, err := s.db.DB()
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(ctx, 3*time.Second)
	defer cancel()
	return busyOr(sqlDB.PingContext(ctx))
}

// Close releases the connections.
func (s *Store) Close() error {
	sqlDB, err := s.db.DB()
	if err != nil {
		return err
	}
	return sqlDB.Close()
}

// Tx is the handle repositories work through: a transaction or, for reads, the pool.
type Tx struct {
	db      *gorm.DB
	dialect string
	clock   clock.Clock
	sealer  *secure.Sealer
	wake    bool     // the transaction enqueued jobs or recorded events
	changed []string // what the transaction changed, for the caches (invalidate.go)
}

// InTx runs fn in one transaction: all of it is saved, or none of it.
// After a commit that added work or events it wakes the workers and streams.
// It returns ErrBusy when no connection comes free within the wait.
func (s *Store) InTx(ctx context.Context, fn func(tx *Tx) error) error {
	conn, err := s.reserve(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	tx := &Tx{dialect: s.dialect, clock: s.clock, sealer: s.sealer}
	err = s.on(ctx, conn).Transaction(func(db *gorm.DB) error {
		tx.db = db
		if err := fn(tx); err != nil {
			return err
		}
		return tx.notifyChanged()
	})
	if err == nil && tx.wake {
		for _, f := range s.afterCommit {
			f()
		}
	}
	if err == nil {
		s.invalidated.publish(tx.changed)
	}
	return busyOr(err)
}

// OnCommit registers a cheap, non-blocking function to call after a commit
// that enqueued jobs or recorded events (never after a bare read or claim,
// so waking the workers cannot wake them again).
func (s *Store) OnCommit(f func()) { s.afterCommit = append(s.afterCommit, f) }

// View runs read-only work outside a transaction, on one connection; it
// returns ErrBusy when no connection comes free within the wait.
func (s *Store) View(ctx context.Context, fn func(tx *Tx) error) error {
	conn, err := s.reserve(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	return busyOr(fn(&Tx{db: s.on(ctx, conn), dialect: s.dialect, clock: s.clock, sealer: s.sealer}))
}

// Now is the store's clock reading, for repositories and services that stamp rows.
func (t *Tx) Now() time.Time { return t.clock.Now() }

// notFound maps gorm's record-not-found to ErrNotFound.
func notFound(err error, what string) error {
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return fmt.Errorf("%s: %w", what, ErrNotFound)
	}
	if errors.Is(err, gorm.ErrDuplicatedKey) {
		return fmt.Errorf("%s: %w", what, ErrConflict)
	}
	if err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	return nil
}
