package store_test

import (
	"context"
	"sync"
	"testing"

	"clientportal/server/internal/store"
	"clientportal/server/internal/storetest"
)

func TestInstancesStartingTogetherMigrateAFreshDatabaseOnce(t *testing.T) {
	for _, d := range storetest.Dialects {
		t.Run(d, func(t *testing.T) {
			opts := storetest.Options(t, d)
			const instances = 4
			stores := make([]*store.Store, instances)
			for i := range stores {
				s, err := store.Open(context.Background(), opts)
				if err != nil {
					t.Fatal(err)
				}
				t.Cleanup(func() { s.Close() })
				stores[i] = s
			}
			applied := make([]int, instances)
			errs := make([]error, instances)
			var wg sync.WaitGroup
			for i, s := range stores {
				wg.Go(func() { applied[i], errs[i] = s.Migrate(context.Background()) })
			}
			wg.Wait()
			total := 0
			for i := range stores {
				if errs[i] != nil {
					t.Errorf("instance %d: migrate: %v", i, errs[i])
				}
				total += applied[i]
			}
			if want := latestVersionOf(t, stores[0]); total != want {
				t.Errorf("the instances applied %d migrations in all, want each of the %d once", total, want)
			}
		})
	}
}

// latestVersionOf checks that the database is at the latest version and
// returns it, which is also the number of migrations.
func latestVersionOf(t *testing.T, s *store.Store) int {
	t.Helper()
	v, err := s.Version(context.Background())
	if err != nil || v != store.LatestVersion() {
		t.Fatalf("version %d (%v), want %d", v, err, store.LatestVersion())
	}
	return v
}
