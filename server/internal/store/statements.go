package store

import (
	"fmt"

	"gorm.io/gorm"
)

// WatchStatements calls f with the SQL of every statement the store runs
// from now on; tests use it to see what a request wrote. Register it before
// any request runs.
func (s *Store) WatchStatements(f func(sql string)) error {
	cb := s.db.Callback()
	after := func(db *gorm.DB) { f(db.Statement.SQL.String()) }
	for name, err := range map[string]error{
		"create": cb.Create().After("gorm:create").Register("watch:create", after),
		"query":  cb.Query().After("gorm:query").Register("watch:query", after),
		"update": cb.Update().After("gorm:update").Register("watch:update", after),
		"delete": cb.Delete().After("gorm:delete").Register("watch:delete", after),
		"row":    cb.Row().After("gorm:row").Register("watch:row", after),
		"raw":    cb.Raw().After("gorm:raw").Register("watch:raw", after),
	} {
		if err != nil {
			return fmt.Errorf("watch %s statements: %w", name, err)
		}
	}
	return nil
}
