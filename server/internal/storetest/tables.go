package storetest

import (
	"testing"

	"gorm.io/gorm"
)

// Tables lists the tables of the database's schema as the database itself
// reports them, so that a test walking every table misses no new one.
func Tables(t testing.TB, db *gorm.DB) []string {
	t.Helper()
	q := "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
	if db.Dialector.Name() == "postgres" {
		q = "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name"
	}
	var names []string
	if err := db.Raw(q).Scan(&names).Error; err != nil {
		t.Fatalf("list the tables: %v", err)
	}
	if len(names) == 0 {
		t.Fatal("the database lists no table")
	}
	return names
}
