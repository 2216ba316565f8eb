package store_test

import (
	"context"
	"sync"
	"testing"
	"time"

	"clientportal/server/internal/store"
	"clientportal/server/internal/storetest"
)

func TestHitCountsEveryParallelAttemptExactlyOnce(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		var wg sync.WaitGroup
		seen := make(chan int, 20)
		for range 20 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				n, err := s.Hit(context.Background(), "login:a@b.test", time.Minute)
				if err != nil {
					t.Error(err)
				}
				seen <- n
			}()
		}
		wg.Wait()
		close(seen)
		got := map[int]bool{}
		for n := range seen {
			got[n] = true
		}
		for i := 1; i <= 20; i++ {
			if !got[i] {
				t.Fatalf("counts %v: %d is missing, so two attempts shared a count", got, i)
			}
		}
	})
}

func TestHitStartsAgainWhenTheWindowEnds(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		for range 3 {
			if _, err := s.Hit(ctx, "k", 50*time.Millisecond); err != nil {
				t.Fatal(err)
			}
		}
		storetest.ClockOf(t, s).Advance(120 * time.Millisecond)
		if n, err := s.Hit(ctx, "k", time.Minute); err != nil || n != 1 {
			t.Fatalf("first hit of a new window counted %d (%v), want 1", n, err)
		}
	})
}
