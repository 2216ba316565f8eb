package store_test

import (
	"context"
	"testing"

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
