package desk

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"clientportal/app/internal/localdb"
	"clientportal/shared/api"
)

// BulkTarget is one contact of a bulk action.
type BulkTarget struct {
	ContactID string
	Email     string
}

// The states of one contact in a bulk login email.
const (
	BulkPending = "pending" // accepted, not delivered yet
	BulkSent    = "sent"
	BulkFailed  = "failed"
	BulkOutbox  = "outbox" // server unreachable: waiting in the outbox
)

// BulkResult is what happened for one contact of a bulk action.
type BulkResult struct {
	BulkTarget
	State   string
	Message string
}

// Final says whether this contact's result will not change any more here.
func (r BulkResult) Final() bool { return r.State != BulkPending }

// BulkJob is a bulk login email in progress.
type BulkJob struct {
	ID      string
	Total   int
	mu      sync.Mutex
	results []BulkResult
	err     string
}

// Snapshot returns the per-contact results and the job's error, if any.
func (j *BulkJob) Snapshot() ([]BulkResult, string) {
	j.mu.Lock()
	defer j.mu.Unlock()
	return append([]BulkResult(nil), j.results...), j.err
}

// BulkJobs runs bulk actions in the background and keeps their progress.
// A job re-reads its batch when the event stream reports a delivery.
type BulkJobs struct {
	app       *App
	seq       atomic.Int64
	mu        sync.Mutex
	jobs      map[string]*BulkJob
	delivered chan struct{} // closed and replaced on every delivery event
	// Fallback is how long a job waits for a delivery event before it reads
	// the batch anyway (the stream may be reconnecting).
	Fallback time.Duration
}

func newBulkJobs(a *App) *BulkJobs {
	return &BulkJobs{app: a, jobs: map[string]*BulkJob{}, delivered: make(chan struct{}), Fallback: 30 * time.Second}
}

// Delivered wakes the jobs following a batch: an email was sent or failed.
func (b *BulkJobs) Delivered() {
	b.mu.Lock()
	close(b.delivered)
	b.delivered = make(chan struct{})
	b.mu.Unlock()
}

// nextDelivery is closed by the next delivery event.
func (b *BulkJobs) nextDelivery() <-chan struct{} {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.delivered
}

// Get returns a job by id.
func (b *BulkJobs) Get(id string) (*BulkJob, bool) {
	b.mu.Lock()
	defer b.mu.Unlock()
	j, ok := b.jobs[id]
	return j, ok
}

// LoginEmails asks the server for a login email to every target (one
// request, one Idempotency-Key) and follows each delivery until done.
func (b *BulkJobs) LoginEmails(targets []BulkTarget) *BulkJob {
	j := &BulkJob{ID: fmt.Sprintf("bulk-%d", b.seq.Add(1)), Total: len(targets)}
	for _, t := range targets {
		j.results = append(j.results, BulkResult{BulkTarget: t, State: BulkPending, Message: "sending"})
	}
	b.mu.Lock()
	b.jobs[j.ID] = j
	b.mu.Unlock()
	b.app.goTracked(func(ctx context.Context) { b.run(ctx, j, targets) })
	return j
}

func (b *BulkJobs) run(ctx context.Context, j *BulkJob, targets []BulkTarget) {
	ids := make([]string, len(targets))
	for i, t := range targets {
		ids[i] = t.ContactID
	}
	out, err := b.app.perform(ctx, localdb.KindLoginEmail, fmt.Sprintf("Login email to %d contact(s)", len(ids)), api.LoginEmailsRequest{ContactIDs: ids})
	switch {
	case err != nil:
		j.finishAll(BulkFailed, UserMessage(err))
	case out.Queued:
		j.finishAll(BulkOutbox, "Server unreachable: waiting in the outbox")
	default:
		b.follow(ctx, j, out.BatchID)
	}
	b.app.Live.Changed(j.Summary())
}

// Summary says in words what became of the job: only a delivered email counts as sent.
func (j *BulkJob) Summary() string {
	res, jobErr := j.Snapshot()
	var sent, failed, queued int
	for _, r := range res {
		switch r.State {
		case BulkSent:
			sent++
		case BulkFailed:
			failed++
		case BulkOutbox:
			queued++
		}
	}
	switch {
	case jobErr != "":
		return "Login emails: " + jobErr
	case queued > 0 && sent+failed == 0:
		return fmt.Sprintf("Login emails queued: %d waiting in the outbox until the server is back", queued)
	case queued > 0:
		return fmt.Sprintf("Login emails: %d delivered, %d failed, %d waiting in the outbox", sent, failed, queued)
	case failed > 0:
		return fmt.Sprintf("Login emails: %d delivered, %d failed", sent, failed)
	}
	return fmt.Sprintf("Login emails: %d delivered", sent)
}

// follow reads the batch's delivery status until every contact is final.
func (b *BulkJobs) follow(ctx context.Context, j *BulkJob, batchID string) {
	c, err := b.app.Current()
	if err != nil {
		j.fail(err.Error())
		return
	}
	for ctx.Err() == nil {
		next := b.nextDelivery()
		batch, err := c.Client.LoginEmailBatch(ctx, batchID)
		if err != nil {
			j.fail("Could not read the delivery status: " + UserMessage(err))
			return
		}
		if j.update(batch) {
			return
		}
		b.app.Live.Changed("")
		waitFor(ctx, next, b.Fallback)
		// Deliveries of a large batch arrive many a second: read the batch
		// (and refresh the window) at most four times a second.
		waitFor(ctx, nil, 250*time.Millisecond)
	}
}

// update copies the server's per-contact status; it reports whether all are final.
func (j *BulkJob) update(batch api.LoginEmailBatch) bool {
	j.mu.Lock()
	defer j.mu.Unlock()
	byID := map[string]api.LoginEmailResult{}
	for _, r := range batch.Results {
		byID[r.ContactID] = r
	}
	done := true
	for i, r := range j.results {
		s, ok := byID[r.ContactID]
		switch {
		case !ok:
			j.results[i].State, j.results[i].Message = BulkFailed, "not accepted by the server (unknown contact?)"
		case s.Status == BulkSent:
			j.results[i].State, j.results[i].Message = BulkSent, "delivered"
		case s.Status == BulkFailed:
			j.results[i].State, j.results[i].Message = BulkFailed, s.Error
		default:
			j.results[i].State, j.results[i].Message = BulkPending, s.Status
			done = false
		}
	}
	return done
}

func (j *BulkJob) finishAll(state, msg string) {
	j.mu.Lock()
	defer j.mu.Unlock()
	for i := range j.results {
		j.results[i].State, j.results[i].Message = state, msg
	}
}

func (j *BulkJob) fail(msg string) {
	j.mu.Lock()
	j.err = msg
	j.mu.Unlock()
}

// goTracked runs fn in a goroutine that Stop cancels and waits for before
// the local database closes.
func (a *App) goTracked(fn func(ctx context.Context)) {
	a.mu.Lock()
	ctx := a.ctx
	a.mu.Unlock()
	if ctx == nil {
		ctx = context.Background()
	}
	a.wg.Add(1)
	go func() { defer a.wg.Done(); fn(ctx) }()
}

// waitFor waits until ch is closed (a nil ch never is), ctx ends or d passes.
func waitFor(ctx context.Context, ch <-chan struct{}, d time.Duration) {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
	case <-ch:
	case <-t.C:
	}
}
