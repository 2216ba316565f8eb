package store_test

import (
	"bytes"
	"testing"
	"time"

	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
	"clientportal/server/internal/storetest"
)

func TestAnIdempotencyKeyIsClaimedOncePerWorkspaceAndRemembersTheAnswer(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		a, b := createWorkspace(t, s, "a"), createWorkspace(t, s, "b")
		hash := []byte("hash-of-request-1")
		if _, fresh := claimKey(t, s, a.ID, "k1", hash); !fresh {
			t.Fatal("the first claim of k1 is not fresh")
		}
		prev, fresh := claimKey(t, s, a.ID, "k1", []byte("another request"))
		if fresh || !bytes.Equal(prev.RequestHash, hash) || prev.Status != 0 {
			t.Fatalf("second claim = %+v fresh=%v; want the first request's hash, unfinished", prev, fresh)
		}
		if _, fresh := claimKey(t, s, b.ID, "k1", hash); !fresh {
			t.Fatal("workspace b cannot use a key that workspace a used")
		}
		inTx(t, s, func(tx *store.Tx) error { return tx.IdempotencyKeys().Finish(a.ID, "k1", 201, []byte(`{"ok":true}`)) })
		prev, _ = claimKey(t, s, a.ID, "k1", hash)
		if prev.Status != 201 || string(prev.Body) != `{"ok":true}` {
			t.Fatalf("finished key answers %d %q", prev.Status, prev.Body)
		}
	})
}

func TestReleasingAKeyForgetsOnlyAnUnfinishedRequest(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		a := createWorkspace(t, s, "a")
		claimKey(t, s, a.ID, "failed", []byte("h"))
		claimKey(t, s, a.ID, "answered", []byte("h"))
		inTx(t, s, func(tx *store.Tx) error { return tx.IdempotencyKeys().Finish(a.ID, "answered", 200, []byte("{}")) })
		inTx(t, s, func(tx *store.Tx) error { return tx.IdempotencyKeys().Release(a.ID, "failed") })
		inTx(t, s, func(tx *store.Tx) error { return tx.IdempotencyKeys().Release(a.ID, "answered") })
		if _, fresh := claimKey(t, s, a.ID, "failed", []byte("h")); !fresh {
			t.Error("a released key cannot be claimed again")
		}
		if prev, fresh := claimKey(t, s, a.ID, "answered", []byte("h")); fresh || prev.Status != 200 {
			t.Error("releasing an answered key forgot its answer")
		}
		var purged int64
		inTx(t, s, func(tx *store.Tx) (err error) {
			purged, err = tx.IdempotencyKeys().PurgeBefore(s.Now().Add(time.Minute))
			return err
		})
		if purged != 2 {
			t.Fatalf("purged %d old keys, want 2", purged)
		}
	})
}

func TestKVKeepsValuesUntilTheyExpire(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		kv := s.KV()
		must(t, kv.Set("forever", []byte("1"), 0))
		must(t, kv.Set("hour", []byte("2"), time.Hour))
		must(t, kv.Set("brief", []byte("2"), time.Second))
		must(t, kv.Set("forever", []byte("3"), 0)) // overwrite
		storetest.ClockOf(t, s).Advance(2 * time.Second)
		assertKV(t, kv, "forever", "3")
		assertKV(t, kv, "hour", "2")
		assertKV(t, kv, "brief", "")
		if n, err := kv.Purge(t.Context()); err != nil || n != 1 {
			t.Fatalf("purge removed %d expired keys (%v), want 1", n, err)
		}
		must(t, kv.Delete("forever"))
		assertKV(t, kv, "forever", "")
		must(t, kv.Set("x", []byte("4"), time.Hour))
		must(t, kv.Reset())
		assertKV(t, kv, "x", "")
	})
}

func claimKey(t *testing.T, s *store.Store, ws, key string, hash []byte) (model.IdempotencyKey, bool) {
	t.Helper()
	var prev model.IdempotencyKey
	var fresh bool
	inTx(t, s, func(tx *store.Tx) (err error) {
		prev, fresh, err = tx.IdempotencyKeys().Claim(ws, key, hash)
		return err
	})
	return prev, fresh
}

func assertKV(t *testing.T, kv *store.KV, key, want string) {
	t.Helper()
	got, err := kv.Get(key)
	if err != nil || string(got) != want {
		t.Fatalf("Get(%q) = %q, %v; want %q", key, got, err, want)
	}
	if want == "" && got != nil {
		t.Fatalf("Get(%q) of a missing key = %q, want nil", key, got)
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
