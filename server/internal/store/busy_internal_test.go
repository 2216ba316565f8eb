package store

import (
	"errors"
	"fmt"
	"testing"

	"github.com/jackc/pgx/v5/pgconn"
)

// liteError has the shape of the SQLite driver's error: a result code.
type liteError struct{ code int }

func (e liteError) Error() string { return fmt.Sprintf("sqlite error %d", e.code) }
func (e liteError) Code() int     { return e.code }

func TestBusyRefusalsBecomeErrBusyAndOtherErrorsStayAsTheyAre(t *testing.T) {
	cases := []struct {
		name string
		err  error
		busy bool
	}{
		{"PostgreSQL too_many_connections", &pgconn.PgError{Code: "53300", Message: "sorry, too many clients already"}, true},
		{"the same, wrapped in a connect error", fmt.Errorf("connect: %w", &pgconn.PgError{Code: "53300"}), true},
		{"PostgreSQL unique violation", &pgconn.PgError{Code: "23505"}, false},
		{"SQLite busy", liteError{5}, true},
		{"SQLite busy after recovery", liteError{5 | 1<<8}, true},
		{"SQLite constraint", liteError{19}, false},
		{"not found", ErrNotFound, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := busyOr(c.err)
			if errors.Is(got, ErrBusy) != c.busy {
				t.Fatalf("busyOr(%v) = %v, busy want %v", c.err, got, c.busy)
			}
			if !errors.Is(got, c.err) {
				t.Fatalf("busyOr(%v) = %v lost the cause", c.err, got)
			}
		})
	}
}
