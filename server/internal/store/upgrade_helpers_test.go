package store_test

import (
	"context"
	"testing"

	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
	"clientportal/server/internal/storetest"
)

// storeOfRelease opens a fresh store of dialect d migrated only to version,
// as an older release left it, with one workspace w1 ("Kept", sending from
// mail.kept.test), for the tests of an upgrade; it closes with the test.
func storeOfRelease(t *testing.T, d string, version int) (*store.Store, store.Options) {
	t.Helper()
	ctx := context.Background()
	o := storetest.Options(t, d)
	s, err := store.Open(ctx, o)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	if _, err := s.MigrateTo(ctx, version); err != nil {
		t.Fatal(err)
	}
	inTx(t, s, func(tx *store.Tx) error {
		return tx.Workspaces().Create(&model.Workspace{ID: "w1", Slug: "kept", Name: "Kept", SendingDomain: "mail.kept.test", CreatedAt: s.Now().UTC()})
	})
	return s, o
}
