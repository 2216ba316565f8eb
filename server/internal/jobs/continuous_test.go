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

func TestOneSlowJobDoesNotHoldBackTheQueueWhileOtherWorkersAreFree(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		release := make(chan struct{})
		var slowOnce sync.Once
		var quickDone atomic.Int64
		q := newQueue(s, func(ctx context.Context, j model.Job) error {
			first := false
			slowOnce.Do(func() { first = true })
			if first {
				<-release // the first job claimed hangs until the test lets it go
				return nil
			}
			quickDone.Add(1)
			return nil
		})
		q.Workers = 2
		const quick = 20 // more than one claim's worth (Workers × 4)
		enqueue(t, s, quick+1)

		ctx, cancel := context.WithCancel(context.Background())
		var wg sync.WaitGroup
		wg.Go(func() { q.Run(ctx) })
		defer func() { close(release); cancel(); wg.Wait() }()

		for deadline := time.Now().Add(30 * time.Second); quickDone.Load() < quick; time.Sleep(10 * time.Millisecond) {
			if time.Now().After(deadline) {
				t.Fatalf("%d of %d quick jobs ran while one job hung; the free worker must go on claiming", quickDone.Load(), quick)
			}
		}
	})
}

func TestASettledHandlersRecordCommitsWithTheJobOrNotAtAll(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		q := jobs.New(s, s.Clock())
		q.Backoff, q.MaxBackoff = time.Minute, time.Minute
		failRecord := true
		q.HandleSettled(kindCount, func(ctx context.Context, j model.Job) (jobs.Settle, error) {
			return func(tx *store.Tx, err error, dead bool) error {
				if failRecord {
					return errors.New("the record cannot be written")
				}
				return nil
			}, nil
		})
		id := enqueue(t, s, 1)[0]
		mustRun(t, q, 1)
		if j := loadJob(t, s, id); j.State == model.JobDone {
			t.Fatalf("the job was completed although its record was rolled back; the work would be lost")
		}

		failRecord = false
		storetest.ClockOf(t, s).Advance(3 * time.Minute) // past the lease: the job is claimable again
		mustRun(t, q, 1)
		assertState(t, s, id, model.JobDone, 2)
	})
}

func TestJobsClaimedButNotStartedWhenTheQueueStopsAreHandedBackAtOnce(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		started := make(chan string, 10)
		release := make(chan struct{})
		q := newQueue(s, func(ctx context.Context, j model.Job) error {
			started <- j.ID
			<-release
			return nil
		})
		q.Workers = 1
		ids := enqueue(t, s, 3) // one runs, the others wait in the worker's line

		ctx, cancel := context.WithCancel(context.Background())
		stopped := make(chan struct{})
		go func() { q.Run(ctx); close(stopped) }()
		running := <-started
		cancel()
		close(release)
		<-stopped

		for _, id := range ids {
			if id == running {
				assertState(t, s, id, model.JobDone, 1)
				continue
			}
			j := loadJob(t, s, id)
			if j.State == model.JobDone {
				continue // a worker took it before the line closed
			}
			if j.State != model.JobPending || j.LockedUntil != nil || j.Attempts != 0 {
				t.Errorf("a job left in the line is %q, locked until %v, %d attempt(s); want pending, unlocked, 0", j.State, j.LockedUntil, j.Attempts)
			}
		}
	})
}
