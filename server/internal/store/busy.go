package store

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"net"
	"runtime"
	"strings"
	"time"

	"clientportal/server/internal/apperr"

	"github.com/jackc/pgx/v5/pgconn"
	"gorm.io/gorm"
)

// ErrBusy is returned when the database cannot take the call now: every
// connection stayed taken for the whole wait, PostgreSQL refused another
// client, or SQLite stayed locked. Trying again in a moment may work.
var ErrBusy = apperr.ErrBusy

// DefaultConnWait is how long a call waits for a free connection before it
// gives up with ErrBusy.
const DefaultConnWait = 5 * time.Second

// errWaitedTooLong is the cause of a connection wait that ran out of time.
var errWaitedTooLong = errors.New("no database connection came free in time")

const (
	pgTooManyConnections = "53300" // SQLSTATE too_many_connections
	sqliteBusy           = 5       // SQLITE_BUSY, also in the low byte of its extended codes
)

// PoolSize is how many PostgreSQL connections one instance keeps at most:
// configured when above zero, else four per core and at least eight.
func PoolSize(configured int) int {
	if configured > 0 {
		return configured
	}
	return max(4*runtime.GOMAXPROCS(0), 8)
}

// limitPostgresPool caps the pool and keeps every connection it may open
// idle, so a burst reuses connections (and their prepared statements)
// instead of dialling new ones.
func limitPostgresPool(db *gorm.DB, size int) error {
	sqlDB, err := db.DB()
	if err != nil {
		return err
	}
	sqlDB.SetMaxOpenConns(size)
	sqlDB.SetMaxIdleConns(size)
	sqlDB.SetConnMaxLifetime(time.Hour)
	sqlDB.SetConnMaxIdleTime(10 * time.Minute)
	return nil
}

// reserve takes one connection from the pool, waiting at most the store's
// connection wait; only the wait is bounded, not the work done after it.
func (s *Store) reserve(ctx context.Context) (*sql.Conn, error) {
	sqlDB, err := s.db.DB()
	if err != nil {
		return nil, err
	}
	wait, cancel := context.WithTimeoutCause(ctx, s.connWait, errWaitedTooLong)
	defer cancel()
	conn, err := sqlDB.Conn(wait)
	if err == nil {
		return conn, nil
	}
	if ctx.Err() == nil && errors.Is(context.Cause(wait), errWaitedTooLong) {
		return nil, fmt.Errorf("%w: %w", ErrBusy, errWaitedTooLong)
	}
	return nil, busyOr(err)
}

// on is the store's gorm handle bound to ctx and to one reserved connection.
func (s *Store) on(ctx context.Context, conn *sql.Conn) *gorm.DB {
	db := s.db.WithContext(ctx)
	db.Statement.ConnPool = conn
	return db
}

// busyOr marks err as ErrBusy when the database refused for lack of room,
// and returns every other error as it is.
func busyOr(err error) error {
	if err == nil || errors.Is(err, ErrBusy) || !isBusy(err) {
		return err
	}
	return fmt.Errorf("%w: %w", ErrBusy, err)
}

// isBusy recognises PostgreSQL's too_many_connections and SQLite's
// "database is locked", and a database that cannot be reached at all
// (connection refused or dropped, server shutting down): each is a moment
// of no room, not a fault of the request.
func isBusy(err error) bool {
	var pg *pgconn.PgError
	if errors.As(err, &pg) {
		return pg.Code == pgTooManyConnections || strings.HasPrefix(pg.Code, "57P") || strings.HasPrefix(pg.Code, "08")
	}
	var connect *pgconn.ConnectError
	var netErr net.Error
	if errors.As(err, &connect) || errors.As(err, &netErr) || errors.Is(err, sql.ErrConnDone) || errors.Is(err, driver.ErrBadConn) ||
		strings.Contains(err.Error(), "sql: database is closed") {
		return true
	}
	var lite interface{ Code() int }
	return errors.As(err, &lite) && lite.Code()&0xff == sqliteBusy
}

// markBusy is a gorm callback that turns a busy refusal of any statement,
// including those run outside InTx and View, into ErrBusy.
func markBusy(db *gorm.DB) {
	if db.Error != nil {
		db.Error = busyOr(db.Error)
	}
}

// registerBusyCallbacks runs markBusy after every kind of statement.
func registerBusyCallbacks(db *gorm.DB) error {
	cb := db.Callback()
	for name, register := range map[string]func(string, func(*gorm.DB)) error{
		"create": cb.Create().After("gorm:create").Register,
		"query":  cb.Query().After("gorm:query").Register,
		"update": cb.Update().After("gorm:update").Register,
		"delete": cb.Delete().After("gorm:delete").Register,
		"row":    cb.Row().After("gorm:row").Register,
		"raw":    cb.Raw().After("gorm:raw").Register,
	} {
		if err := register("portal:busy", markBusy); err != nil {
			return fmt.Errorf("register %s callback: %w", name, err)
		}
	}
	return nil
}
