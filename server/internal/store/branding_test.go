package store_test

import (
	"context"
	"testing"

	"clientportal/server/internal/store"
	"clientportal/server/internal/storetest"
)

func TestAWorkspaceLogoIsSetReplacedAndRemovedForThatWorkspaceOnly(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		a, b := createWorkspace(t, s, "alpha").ID, createWorkspace(t, s, "beta").ID
		logo := func(ws string) string {
			var h string
			if err := s.View(ctx, func(tx *store.Tx) (err error) { h, err = tx.Branding().Logo(ws); return err }); err != nil {
				t.Fatal(err)
			}
			return h
		}
		set := func(ws, h string) {
			if err := s.InTx(ctx, func(tx *store.Tx) error { return tx.Branding().SetLogo(ws, h) }); err != nil {
				t.Fatal(err)
			}
		}
		if got := logo(a); got != "" {
			t.Fatalf("a new workspace has logo %q", got)
		}
		set(a, "first")
		set(a, "second")
		if got, other := logo(a), logo(b); got != "second" || other != "" {
			t.Fatalf("after two uploads the logo is %q (other workspace %q), want second and none", got, other)
		}
		set(a, "")
		if got := logo(a); got != "" {
			t.Fatalf("after removal the logo is %q", got)
		}
	})
}
