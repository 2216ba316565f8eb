package store

import (
	"context"
	"fmt"
	"log/slog"
	"strings"

	"gorm.io/gorm"
)

// Migration is one frozen, versioned schema change. Its statements are
// written once for both databases with a few dialect placeholders.
type Migration struct {
	Version    int
	Name       string
	Statements []string
}

// migrations is the whole schema history, oldest first, one file each.
// Never edit a released migration: add a new file and list it here.
var migrations = []Migration{
	migration0001Foundation,
	migration0002Access,
	migration0003Documents,
	migration0004Branding,
	migration0005InvoicesMessages,
	migration0006CoursesGroups,
	migration0007RateLimits,
	migration0008OwnerPasswords,
	migration0009SealErrors,
	migration0010DashboardCounts,
	migration0011DomainVerification,
	migration0012Texts,
	migration0013Signers,
	migration0014Payments,
	migration0015TimeZones,
	migration0016Automations,
	migration0017Languages,
	migration0018AutomationClock,
	migration0019SigningDefaults,
	migration0020EmailTemplateLanguages,
}

// placeholders turn portable markers into each dialect's column types.
var placeholders = map[string]*strings.Replacer{
	"postgres": strings.NewReplacer("{ts}", "TIMESTAMPTZ", "{blob}", "BYTEA", "{serial}", "BIGSERIAL PRIMARY KEY", "{bool}", "BOOLEAN", "{text}", "TEXT"),
	"sqlite":   strings.NewReplacer("{ts}", "DATETIME", "{blob}", "BLOB", "{serial}", "INTEGER PRIMARY KEY AUTOINCREMENT", "{bool}", "BOOLEAN", "{text}", "TEXT"),
}

// Migrate brings the schema to the latest version, one transaction per
// migration. Running it on an up-to-date database changes nothing.
func (s *Store) Migrate(ctx context.Context) (applied int, err error) {
	return s.MigrateTo(ctx, LatestVersion())
}

// MigrateTo applies the migrations up to and including version; tests use
// it to build a database of an older release.
func (s *Store) MigrateTo(ctx context.Context, version int) (applied int, err error) {
	err = s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		if err := s.lockMigrations(tx); err != nil {
			return err
		}
		return tx.Exec(`CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at ` +
			placeholders[s.dialect].Replace("{ts}") + ` NOT NULL)`).Error
	})
	if err != nil {
		return 0, fmt.Errorf("create schema_migrations: %w", err)
	}
	for _, m := range migrations {
		if m.Version > version {
			break
		}
		done, err := s.applyOne(ctx, m)
		if err != nil {
			return applied, err
		}
		if done {
			applied++
		}
	}
	return applied, nil
}

func (s *Store) applyOne(ctx context.Context, m Migration) (bool, error) {
	applied := false
	err := s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		if err := s.lockMigrations(tx); err != nil {
			return err
		}
		var n int64
		if err := tx.Raw("SELECT COUNT(*) FROM schema_migrations WHERE version = ?", m.Version).Scan(&n).Error; err != nil {
			return err
		}
		if n > 0 {
			return nil
		}
		for _, stmt := range m.Statements {
			if err := tx.Exec(placeholders[s.dialect].Replace(stmt)).Error; err != nil {
				return fmt.Errorf("%q: %w", firstLine(stmt), err)
			}
		}
		applied = true
		return tx.Exec("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)", m.Version, m.Name, s.Now()).Error
	})
	if err != nil {
		return false, fmt.Errorf("migration %d %s: %w", m.Version, m.Name, err)
	}
	if applied {
		slog.Info("migration applied", "version", m.Version, "name", m.Name)
	}
	return applied, nil
}

// Version is the newest migration applied to the database, 0 when none.
func (s *Store) Version(ctx context.Context) (int, error) {
	var v *int
	err := s.db.WithContext(ctx).Raw("SELECT MAX(version) FROM schema_migrations").Scan(&v).Error
	if err != nil || v == nil {
		return 0, err
	}
	return *v, nil
}

// LatestVersion is the newest migration this binary knows.
func LatestVersion() int { return migrations[len(migrations)-1].Version }

func firstLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '\n'); i > 0 {
		return s[:i]
	}
	return s
}

// lockMigrations makes instances that start together migrate one at a time
// (PostgreSQL; SQLite already has a single writer).
func (s *Store) lockMigrations(tx *gorm.DB) error {
	if s.dialect != "postgres" {
		return nil
	}
	return tx.Exec("SELECT pg_advisory_xact_lock(727274)").Error
}

// Migrations is the schema history, oldest first (a copy).
func Migrations() []Migration { return append([]Migration(nil), migrations...) }
