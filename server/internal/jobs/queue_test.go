package jobs_test

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"clientportal/server/internal/jobs"
	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
	"clientportal/server/internal/storetest"
)

const kindCount = "test.count"

func TestTwoServerInstancesOnOneDatabaseDoEachJobExactlyOnce(t *testing.T) {
	for _, dialect := range storetest.Dialects {
		t.Run(dialect, func(t *testing.T) {
			opts := storetest.Options(t, dialect)
			first, second := openStore(t, opts), openStore(t, opts)
			if _, err := first.Migrate(context.Background()); err != nil {
				t.Fatal(err)
			}
			const total = 200
			ids := enqueue(t, first, total)

			var mu sync.Mutex
			runs := map[string]int{}
			var done atomic.Int64
			count := func(byInstance *atomic.Int64) jobs.Handler {
				return func(ctx context.Context, j model.Job) error {
					time.Sleep(2 * time.Millisecond)
					mu.Lock()
					runs[j.ID]++
					mu.Unlock()
					byInstance.Add(1)
					done.Add(1)
					return nil
				}
			}
			var byFirst, bySecond atomic.Int64
			runBoth(t, &done, total, newQueue(first, count(&byFirst)), newQueue(second, count(&bySecond)))

			for _, id := range ids {
				if runs[id] != 1 {
					t.Errorf("job %s ran %d times, want once", id, runs[id])
				}
			}
			if len(runs) != total {
				t.Errorf("%d distinct jobs ran, want %d", len(runs), total)
			}
			if byFirst.Load() == 0 || bySecond.Load() == 0 {
				t.Errorf("instances did %d and %d jobs; both should share the work", byFirst.Load(), bySecond.Load())
			}
			assertState(t, first, ids[0], model.JobDone, 1)
		})
	}
}

func TestAPermanentFailureIsNotRetried(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		q := newQueue(s, func(context.Context, model.Job) error { return jobs.Permanent(errors.New("no such contact")) })
		id := enqueue(t, s, 1)[0]
		mustRun(t, q, 1)
		assertState(t, s, id, model.JobDead, 1)
	})
}

func TestAPanickingJobIsRecordedAsAFailureAndTheWorkerKeepsGoing(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		q := newQueue(s, func(context.Context, model.Job) error { panic("boom") })
		id := enqueue(t, s, 1)[0]
		mustRun(t, q, 1)
		if j := loadJob(t, s, id); j.State != model.JobPending || j.LastError != "job panicked: boom" {
			t.Fatalf("panicked job is %q with error %q", j.State, j.LastError)
		}
	})
}

func openStore(t *testing.T, o store.Options) *store.Store {
	t.Helper()
	s, err := store.Open(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func newQueue(s *store.Store, h jobs.Handler) *jobs.Queue {
	q := jobs.New(s, s.Clock())
	q.Poll, q.Backoff, q.MaxBackoff = 10*time.Millisecond, 10*time.Millisecond, 10*time.Millisecond
	q.Handle(kindCount, h)
	return q
}

func enqueue(t *testing.T, s *store.Store, n int) []string {
	t.Helper()
	js := make([]model.Job, n)
	ids := make([]string, n)
	for i := range js {
		j, err := jobs.NewJob("ws-1", kindCount, map[string]int{"n": i})
		if err != nil {
			t.Fatal(err)
		}
		js[i], ids[i] = j, j.ID
	}
	if err := s.InTx(context.Background(), func(tx *store.Tx) error { return jobs.Enqueue(tx, js...) }); err != nil {
		t.Fatal(err)
	}
	return ids
}

// runBoth runs the queues side by side until total jobs are done.
func runBoth(t *testing.T, done *atomic.Int64, total int64, qs ...*jobs.Queue) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	for _, q := range qs {
		wg.Go(func() { q.Run(ctx) })
	}
	deadline := time.Now().Add(60 * time.Second)
	for done.Load() < total && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	time.Sleep(200 * time.Millisecond) // a job run twice would show up now
	cancel()
	wg.Wait()
	if done.Load() < total {
		t.Fatalf("%d of %d jobs done within 60s", done.Load(), total)
	}
}

// mustRun runs one batch; want -1 accepts any count.
func mustRun(t *testing.T, q *jobs.Queue, want int) int {
	t.Helper()
	n, err := q.RunOnce(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if want >= 0 && n != want {
		t.Fatalf("ran %d job(s), want %d", n, want)
	}
	return n
}

func loadJob(t *testing.T, s *store.Store, id string) model.Job {
	t.Helper()
	var j model.Job
	if err := s.View(context.Background(), func(tx *store.Tx) (err error) { j, err = tx.Jobs().ByID(id); return err }); err != nil {
		t.Fatal(err)
	}
	return j
}

func assertState(t *testing.T, s *store.Store, id, state string, attempts int) {
	t.Helper()
	if j := loadJob(t, s, id); j.State != state || j.Attempts != attempts {
		t.Fatalf("job is %q after %d attempt(s), want %q after %d", j.State, j.Attempts, state, attempts)
	}
}
