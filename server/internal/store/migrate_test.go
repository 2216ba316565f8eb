package store_test

import (
	"context"
	"testing"

	"clientportal/server/internal/model"

	"clientportal/server/internal/store"
	"clientportal/server/internal/storetest"
)

func TestMigrateBringsAnEmptyDatabaseToTheLatestVersionAndTheSecondRunIsANoOp(t *testing.T) {
	for _, d := range storetest.Dialects {
		t.Run(d, func(t *testing.T) {
			ctx := context.Background()
			s, err := store.Open(ctx, storetest.Options(t, d))
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			if v, _ := s.Version(ctx); v != 0 {
				t.Fatalf("empty database has version %d", v)
			}
			n, err := s.Migrate(ctx)
			if err != nil || n == 0 {
				t.Fatalf("first migrate applied %d: %v", n, err)
			}
			if v, _ := s.Version(ctx); v != store.LatestVersion() {
				t.Fatalf("version %d after migrate, want %d", v, store.LatestVersion())
			}
			if n, err := s.Migrate(ctx); err != nil || n != 0 {
				t.Fatalf("second migrate applied %d: %v", n, err)
			}
		})
	}
}

func TestMigrateUpgradesADatabaseOfThePreviousVersionKeepingItsData(t *testing.T) {
	for _, d := range storetest.Dialects {
		t.Run(d, func(t *testing.T) {
			ctx := context.Background()
			s, err := store.Open(ctx, storetest.Options(t, d))
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			prev := store.LatestVersion() - 1
			if _, err := s.MigrateTo(ctx, prev); err != nil {
				t.Fatalf("migrate to %d: %v", prev, err)
			}
			err = s.InTx(ctx, func(tx *store.Tx) error {
				return tx.Workspaces().Create(&model.Workspace{ID: "w1", Slug: "kept", Name: "Kept", SendingDomain: "mail.kept.test", CreatedAt: s.Now()})
			})
			if err != nil {
				t.Fatalf("write at version %d: %v", prev, err)
			}
			if n, err := s.Migrate(ctx); err != nil || n == 0 {
				t.Fatalf("upgrade applied %d: %v", n, err)
			}
			var w model.Workspace
			err = s.View(ctx, func(tx *store.Tx) (err error) { w, err = tx.Workspaces().BySlug("kept"); return err })
			if err != nil || w.Name != "Kept" {
				t.Fatalf("workspace written before the upgrade is gone: %+v %v", w, err)
			}
		})
	}
}

func TestTheMigrationListNumbersEveryVersionOnceInOrder(t *testing.T) {
	for i, m := range store.Migrations() {
		if m.Version != i+1 {
			t.Fatalf("migration %d in the list is version %d (%s); the list must hold versions 1, 2, 3, … in order", i+1, m.Version, m.Name)
		}
		if m.Name == "" || len(m.Statements) == 0 {
			t.Errorf("migration %d has no name or no statements", m.Version)
		}
	}
}
