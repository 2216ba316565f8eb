// Package jobs runs background work from a durable queue kept in the
// database: work enqueued in a transaction is done after it commits, retried
// with backoff when it fails, and shared safely by several server instances.
package jobs

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"maps"
	"math/rand/v2"
	"sync"
	"time"

	"github.com/google/uuid"

	"clientportal/server/internal/events"
	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
	"clientportal/shared/clock"
)

// Handler does one job; an error schedules a retry unless it is Permanent.
type Handler func(ctx context.Context, job model.Job) error

// Settle records what one try of a job did, in the transaction that
// completes the job (err nil) or schedules its retry or death (dead says
// which), so the domain's record and the job's state commit together.
type Settle func(tx *store.Tx, err error, dead bool) error

// SettledHandler does one job and returns, with its error, what to record.
type SettledHandler func(ctx context.Context, job model.Job) (Settle, error)

// DeadHandler records, in the transaction that marks job j dead, what its
// end means to the domain; the fields it returns join the job.dead event.
type DeadHandler func(tx *store.Tx, j model.Job) (map[string]any, error)

// Queue claims and runs jobs.
type Queue struct {
	store      *store.Store
	clock      clock.Clock
	handlers   map[string]SettledHandler
	onDead     map[string]DeadHandler
	wake       chan struct{}
	Backoff    time.Duration // the first retry delay; doubles per attempt
	MaxBackoff time.Duration // the longest wait between two tries
	Poll       time.Duration // how often to look for due jobs when not woken
	Lease      time.Duration // how long a claimed job is hidden from other workers
	Workers    int
}

// MaxAttempts is how often a job is tried before it is dead. On the
// production schedule (30 s doubling to an hour) the first 8 tries take about
// an hour and the rest one an hour each, so a job outlives a day's outage.
const MaxAttempts = 32

// New returns a queue with production timings.
func New(s *store.Store, clk clock.Clock) *Queue {
	return &Queue{store: s, clock: clock.Or(clk), handlers: map[string]SettledHandler{}, onDead: map[string]DeadHandler{},
		wake: make(chan struct{}, 1), Backoff: 30 * time.Second, MaxBackoff: time.Hour, Poll: time.Second,
		Lease: 2 * time.Minute, Workers: 4}
}

// Handle registers the handler of a job kind.
func (q *Queue) Handle(kind string, h Handler) {
	q.handlers[kind] = func(ctx context.Context, j model.Job) (Settle, error) { return nil, h(ctx, j) }
}

// HandleSettled registers a handler whose record of each try commits with
// the job's own state.
func (q *Queue) HandleSettled(kind string, h SettledHandler) { q.handlers[kind] = h }

// OnDead registers what a job of kind leaves behind when it dies.
func (q *Queue) OnDead(kind string, h DeadHandler) { q.onDead[kind] = h }

// NewJob makes a job of kind for payload, tried up to MaxAttempts times; it is
// saved by Enqueue, which makes it due at the store clock's now unless RunAt is set.
func NewJob(workspaceID, kind string, payload any) (model.Job, error) {
	b, err := json.Marshal(payload)
	if err != nil {
		return model.Job{}, fmt.Errorf("encode %s job: %w", kind, err)
	}
	return model.Job{ID: uuid.NewString(), WorkspaceID: workspaceID, Kind: kind, Payload: b,
		MaxAttempts: MaxAttempts, State: model.JobPending}, nil
}

// Enqueue saves jobs in the caller's transaction; they run once it commits.
func Enqueue(tx *store.Tx, jobs ...model.Job) error { return tx.Jobs().Enqueue(jobs...) }

// Notify wakes the workers after a commit that enqueued work.
func (q *Queue) Notify() {
	select {
	case q.wake <- struct{}{}:
	default:
	}
}

// Run works until ctx is cancelled, then waits for running jobs to finish.
// Workers take jobs from a short line of claimed ones; the line is topped up
// whenever it has room for a worker's share and due work remains, so one slow
// job never holds back the rest and a busy queue claims in batches. Jobs
// still in the line at the end are released for the next instance at once.
func (q *Queue) Run(ctx context.Context) {
	if len(q.handlers) == 0 {
		<-ctx.Done()
		return
	}
	line := make(chan model.Job, 2*q.Workers)
	taken := make(chan struct{}, 1)
	var wg sync.WaitGroup
	for range q.Workers {
		wg.Go(func() {
			for j := range line {
				select {
				case taken <- struct{}{}:
				default:
				}
				q.runJob(context.WithoutCancel(ctx), j)
			}
		})
	}
	defer func() {
		close(line)
		q.release(line)
		wg.Wait()
	}()
	for {
		more := false
		if room := cap(line) - len(line); room >= q.Workers {
			claimed, err := q.claim(ctx, room)
			if err != nil && ctx.Err() == nil {
				slog.Error("job queue", "err", err)
			}
			for _, j := range claimed {
				line <- j
			}
			more = err == nil && len(claimed) == room
		} else {
			more = true // the line is full: top it up once workers take from it
		}
		var whenTaken <-chan struct{}
		if more {
			whenTaken = taken
		}
		select {
		case <-ctx.Done():
			return
		case <-q.wake:
		case <-whenTaken:
		case <-time.After(q.Poll):
		}
	}
}

// release gives back the jobs left in a closed line; the workers may still
// take some of them while this runs, so it races them for each job.
func (q *Queue) release(line <-chan model.Job) {
	var ids []string
	for j := range line {
		ids = append(ids, j.ID)
	}
	if len(ids) == 0 {
		return
	}
	if err := q.store.InTx(context.Background(), func(tx *store.Tx) error { return tx.Jobs().Release(ids) }); err != nil {
		slog.Warn("release claimed jobs", "jobs", len(ids), "err", err)
	}
}

func (q *Queue) claim(ctx context.Context, n int) (claimed []model.Job, err error) {
	err = q.store.InTx(ctx, func(tx *store.Tx) (err error) {
		claimed, err = tx.Jobs().Claim(n, q.Lease, q.kinds())
		return err
	})
	return claimed, err
}

// RunOnce claims a batch of due jobs, runs them and returns how many ran.
func (q *Queue) RunOnce(ctx context.Context) (int, error) {
	if len(q.handlers) == 0 {
		return 0, nil
	}
	claimed, err := q.claim(ctx, q.Workers*4)
	if err != nil || len(claimed) == 0 {
		return 0, err
	}
	sem := make(chan struct{}, q.Workers)
	var wg sync.WaitGroup
	for _, j := range claimed {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			q.runJob(context.WithoutCancel(ctx), j)
		}()
	}
	wg.Wait()
	return len(claimed), nil
}

func (q *Queue) kinds() []string {
	ks := make([]string, 0, len(q.handlers))
	for k := range q.handlers {
		ks = append(ks, k)
	}
	return ks
}

func (q *Queue) runJob(ctx context.Context, j model.Job) {
	ctx, cancel := context.WithTimeout(ctx, q.Lease/2)
	defer cancel()
	settle, err := safeRun(ctx, q.handlers[j.Kind], j)
	if err == nil {
		q.finish(ctx, j, func(tx *store.Tx) error {
			if settle != nil {
				if err := settle(tx, nil, false); err != nil {
					return err
				}
			}
			return tx.Jobs().Complete(j.ID)
		})
		return
	}
	dead := errors.Is(err, errPermanent) || j.Attempts >= j.MaxAttempts
	next := q.clock.Now().Add(q.backoff(j.Attempts))
	slog.Warn("job failed", "kind", j.Kind, "job", j.ID, "attempt", j.Attempts, "dead", dead, "err", err)
	j.LastError = err.Error()
	q.finish(ctx, j, func(tx *store.Tx) error {
		if settle != nil {
			if err := settle(tx, err, dead); err != nil {
				return err
			}
		}
		if err := tx.Jobs().Retry(j.ID, j.LastError, next, dead); err != nil || !dead {
			return err
		}
		return q.recordDeath(tx, j)
	})
}

// recordDeath lets the domain record what the dead job j leaves undone and
// tells the owners of its workspace with a job.dead event; a job of no
// workspace (or of one since removed) is only logged.
func (q *Queue) recordDeath(tx *store.Tx, j model.Job) error {
	data := map[string]any{}
	if h := q.onDead[j.Kind]; h != nil {
		extra, err := h(tx, j)
		if err != nil {
			return fmt.Errorf("record the end of %s job %s: %w", j.Kind, j.ID, err)
		}
		maps.Copy(data, extra)
	}
	slog.Error("job dead", "kind", j.Kind, "job", j.ID, "attempts", j.Attempts, "err", j.LastError)
	if j.WorkspaceID == "" {
		return nil
	}
	if _, err := tx.Workspaces().ByID(j.WorkspaceID); errors.Is(err, store.ErrNotFound) {
		return nil
	} else if err != nil {
		return err
	}
	data["job_id"], data["kind"], data["error"], data["attempts"] = j.ID, j.Kind, j.LastError, j.Attempts
	return events.Emit(tx, j.WorkspaceID, model.EventJobDead, data)
}

func (q *Queue) finish(ctx context.Context, j model.Job, fn func(tx *store.Tx) error) {
	if err := q.store.InTx(context.WithoutCancel(ctx), fn); err != nil {
		slog.Error("record job result", "kind", j.Kind, "job", j.ID, "err", err)
	}
}

func safeRun(ctx context.Context, h SettledHandler, j model.Job) (settle Settle, err error) {
	defer func() {
		if r := recover(); r != nil {
			settle, err = nil, fmt.Errorf("job panicked: %v", r)
		}
	}()
	return h(ctx, j)
}

// backoff is the wait after the attempt-th try: Backoff doubling per try up
// to MaxBackoff, less up to a tenth of random jitter so that jobs that failed
// together do not all come back at once.
func (q *Queue) backoff(attempt int) time.Duration {
	d := q.Backoff
	for i := 1; i < attempt && d < q.MaxBackoff; i++ {
		d *= 2
	}
	d = min(d, q.MaxBackoff)
	return d - time.Duration(rand.Int64N(int64(d/10)+1))
}

var errPermanent = errors.New("permanent failure")

// Permanent marks an error that no retry can fix.
func Permanent(err error) error { return fmt.Errorf("%w: %w", errPermanent, err) }

// IsPermanent reports whether err was marked Permanent.
func IsPermanent(err error) bool { return errors.Is(err, errPermanent) }
