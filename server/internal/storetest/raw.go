package storetest

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/glebarez/sqlite"
	"gorm.io/driver/postgres"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"

	"clientportal/server/internal/store"
)

// OpenWith opens and migrates the database o names, closed after the test;
// tests open one database twice to give it another server key.
func OpenWith(t testing.TB, o store.Options) *store.Store {
	t.Helper()
	s, err := store.Open(context.Background(), o)
	if err != nil {
		t.Fatalf("open test database: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	if _, err := s.Migrate(context.Background()); err != nil {
		t.Fatalf("migrate: %v", err)
	}
	return s
}

// Raw is a plain connection to the database o names, past the store, for
// tests that look at or change what is kept on disk.
func Raw(t testing.TB, o store.Options) *gorm.DB {
	t.Helper()
	var d gorm.Dialector = sqlite.Open(o.SQLitePath + "?_pragma=busy_timeout(10000)")
	if o.DatabaseURL != "" {
		d = postgres.Open(o.DatabaseURL)
	}
	db, err := gorm.Open(d, &gorm.Config{Logger: logger.Discard})
	if err != nil {
		t.Fatalf("open the database past the store: %v", err)
	}
	sqlDB, err := db.DB()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { sqlDB.Close() })
	return db
}

// TableText is every value of every row of table, as text, one per line.
func TableText(t testing.TB, o store.Options, table string) string {
	t.Helper()
	rows, err := Raw(t, o).Raw("SELECT * FROM " + table).Rows()
	if err != nil {
		t.Fatalf("read %s: %v", table, err)
	}
	defer rows.Close()
	cols, _ := rows.Columns()
	var b strings.Builder
	for rows.Next() {
		vals, ptrs := make([]any, len(cols)), make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			t.Fatalf("read %s: %v", table, err)
		}
		for _, v := range vals {
			fmt.Fprintf(&b, "%s\n", v)
		}
	}
	if err := rows.Err(); err != nil {
		t.Fatalf("read %s: %v", table, err)
	}
	return b.String()
}
