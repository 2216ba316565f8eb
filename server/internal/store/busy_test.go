package store_test

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"clientportal/server/internal/store"
	"clientportal/server/internal/storetest"
)

// holdViews keeps n connections taken in open View calls until release.
func holdViews(t *testing.T, s *store.Store, n int) (release func()) {
	t.Helper()
	started, done := make(chan struct{}, n), make(chan struct{})
	var wg sync.WaitGroup
	for range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := s.View(context.Background(), func(*store.Tx) error { started <- struct{}{}; <-done; return nil }); err != nil {
				t.Errorf("hold a connection: %v", err)
			}
		}()
	}
	for range n {
		<-started
	}
	var once sync.Once
	release = func() { once.Do(func() { close(done); wg.Wait() }) }
	t.Cleanup(release)
	return release
}

// openWithPool opens a fresh store of the dialect with a PostgreSQL pool of
// two and a short wait, so a test of a full pool does not sit out the default.
func openWithPool(t *testing.T, dialect string) *store.Store {
	t.Helper()
	o := storetest.Options(t, dialect)
	o.MaxConns, o.ConnWait = 2, 20*time.Millisecond
	s, err := store.Open(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestAFullPoolAnswersErrBusyInsteadOfWaitingForever(t *testing.T) {
	held := map[string]int{"sqlite": 4, "postgres": 2} // SQLite keeps four connections
	for _, dialect := range storetest.Dialects {
		t.Run(dialect, func(t *testing.T) {
			s := openWithPool(t, dialect)
			release := holdViews(t, s, held[dialect])
			if err := s.View(context.Background(), func(*store.Tx) error { return nil }); !errors.Is(err, store.ErrBusy) {
				t.Errorf("View on a full pool: %v, want ErrBusy", err)
			}
			if err := s.InTx(context.Background(), func(*store.Tx) error { return nil }); !errors.Is(err, store.ErrBusy) {
				t.Errorf("InTx on a full pool: %v, want ErrBusy", err)
			}
			release()
			if err := s.InTx(context.Background(), func(*store.Tx) error { return nil }); err != nil {
				t.Errorf("InTx once a connection is free: %v", err)
			}
		})
	}
}

func TestACallerThatGivesUpIsNotToldTheDatabaseIsBusy(t *testing.T) {
	s := openWithPool(t, "postgres")
	holdViews(t, s, 2)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err := s.View(ctx, func(*store.Tx) error { return nil })
	if !errors.Is(err, context.Canceled) || errors.Is(err, store.ErrBusy) {
		t.Fatalf("View with a cancelled context: %v, want context.Canceled and not ErrBusy", err)
	}
}

func TestPoolSizeIsTheConfiguredNumberOrFourPerCoreAndAtLeastEight(t *testing.T) {
	if got := store.PoolSize(3); got != 3 {
		t.Errorf("PoolSize(3) = %d, want 3", got)
	}
	if got := store.PoolSize(0); got < 8 {
		t.Errorf("PoolSize(0) = %d, want at least 8", got)
	}
}
