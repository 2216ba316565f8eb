package web_test

import (
	"encoding/hex"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"gorm.io/gorm"

	"clientportal/server/internal/store"
	"clientportal/server/internal/storetest"
)

// walkUnscopedTables are the tables without a workspace_id column, and why
// no request is judged by them. Every other table must carry workspace_id:
// a new table that has neither fails the walk.
var walkUnscopedTables = map[string]string{
	"schema_migrations": "the schema's version, no business data",
	"rate_counters":     "every request counts against its own address's limits",
	"kv":                "the limiters' shared storage: every request counts",
	"blobs":             "content-addressed files of every workspace, reached only through a workspace's own rows",
	"workspaces":        "snapshotted by its id column instead",
	"workflow_cursor":   "the automations' one cursor over the event log of every workspace",
}

// walkSnapshot is workspace A's state: per table, its rows as text, sorted.
type walkSnapshot map[string][]string

// raw is a plain connection to the server's database, opened once.
func (w *walkWorld) raw() *gorm.DB {
	if w.db == nil {
		w.db = storetest.Raw(w.t, store.Options{DatabaseURL: w.sys.Config.DatabaseURL, SQLitePath: w.sys.Config.SQLitePath()})
	}
	return w.db
}

// tableQueries are the queries that read A's rows, one per table of the
// schema as the database lists it.
func (w *walkWorld) tableQueries() map[string]string {
	if w.queries != nil {
		return w.queries
	}
	w.queries = map[string]string{"workspaces": "SELECT * FROM workspaces WHERE id = ?"}
	for _, table := range storetest.Tables(w.t, w.raw()) {
		rows, err := w.raw().Raw("SELECT * FROM " + table + " WHERE 1 = 0").Rows()
		if err != nil {
			w.t.Fatalf("columns of %s: %v", table, err)
		}
		cols, _ := rows.Columns()
		rows.Close()
		switch _, unscoped := walkUnscopedTables[table]; {
		case slices.Contains(cols, "workspace_id"):
			w.queries[table] = "SELECT * FROM " + table + " WHERE workspace_id = ?"
		case !unscoped:
			w.t.Errorf("table %s has no workspace_id column: scope it by workspace, or say in walkUnscopedTables why no request is judged by it", table)
		}
	}
	return w.queries
}

// snapshot reads A's rows, leaving out the caller's own (rows that name
// one of mine, such as its contact, session and messages, and none of
// Ann's records), which its own requests may change. A row that ties the
// caller to Ann's data (a comment on her post, a membership of her group)
// stays in.
func (w *walkWorld) snapshot(mine ...string) walkSnapshot {
	s := walkSnapshot{}
	for table, q := range w.tableQueries() {
		for _, row := range walkRows(w.t, w.raw(), q, w.a.Workspace.ID) {
			if !walkNames(row, mine) || walkNames(row, w.annsRecords()) {
				s[table] = append(s[table], row)
			}
		}
		slices.Sort(s[table])
	}
	return s
}

// annsRecords are the ids of Ann and of what she owns.
func (w *walkWorld) annsRecords() []string {
	var out []string
	for _, k := range []string{"contact", "document", "invoice", "recurring", "message", "course", "lesson", "group", "post", "comment", "sha", "original"} {
		out = append(out, w.ids[k])
	}
	return out
}

// walkNames reports whether the row names one of ids.
func walkNames(row string, ids []string) bool {
	for _, id := range ids {
		if id != "" && strings.Contains(row, id) {
			return true
		}
	}
	return false
}

// walkRows runs q and gives each row as one line of column=value pairs.
func walkRows(t interface{ Fatalf(string, ...any) }, db *gorm.DB, q string, args ...any) []string {
	rows, err := db.Raw(q, args...).Rows()
	if err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	defer rows.Close()
	cols, _ := rows.Columns()
	var out []string
	for rows.Next() {
		vals, ptrs := make([]any, len(cols)), make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		var b strings.Builder
		for i, v := range vals {
			fmt.Fprintf(&b, "%s=%s ", cols[i], walkValue(v))
		}
		out = append(out, b.String())
	}
	if err := rows.Err(); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	return out
}

// walkValue is a column value as text; bytes that are not text as hex.
func walkValue(v any) string {
	if b, ok := v.([]byte); ok {
		if utf8.Valid(b) {
			return string(b)
		}
		return hex.EncodeToString(b)
	}
	return fmt.Sprint(v)
}

// changes says what differs between two snapshots, one line per table,
// leaving out the tables a change may touch.
func (s walkSnapshot) changes(after walkSnapshot, may ...string) []string {
	var out []string
	for table := range after {
		if _, ok := s[table]; !ok {
			s[table] = nil
		}
	}
	for table, before := range s {
		now := after[table]
		if slices.Equal(before, now) || slices.Contains(may, table) {
			continue
		}
		gone, added := rowsMissing(before, now), rowsMissing(now, before)
		line := fmt.Sprintf("%s: %d row(s) changed or removed, %d added", table, len(gone), len(added))
		if len(added) > 0 {
			line += fmt.Sprintf("; now %.300s", added[0])
		} else if len(gone) > 0 {
			line += fmt.Sprintf("; was %.300s", gone[0])
		}
		out = append(out, line)
	}
	slices.Sort(out)
	return out
}

// rowsMissing is the rows of a that are not in b.
func rowsMissing(a, b []string) []string {
	var out []string
	for _, r := range a {
		if !slices.Contains(b, r) {
			out = append(out, r)
		}
	}
	return out
}
