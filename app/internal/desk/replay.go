package desk

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"clientportal/app/internal/localdb"
)

// Kick asks the replayer to try the outbox now.
func (a *App) Kick() {
	select {
	case a.kick <- struct{}{}:
	default:
	}
}

// replayLoop retries queued actions when kicked and every RetryEvery.
func (a *App) replayLoop(ctx context.Context) {
	t := time.NewTicker(a.cfg.RetryEvery)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		case <-a.kick:
		}
		if _, err := a.Replay(ctx); err != nil && ctx.Err() == nil {
			slog.Info("outbox replay stopped", "err", err)
		}
	}
}

// ReplayResult counts what one replay did.
type ReplayResult struct {
	Synced, Failed, Left int
}

// Replay sends the active account's queued actions in order, each with its
// own Idempotency-Key, and stops at the first one the server cannot get.
func (a *App) Replay(ctx context.Context) (ReplayResult, error) {
	a.replay.Lock()
	defer a.replay.Unlock()
	c, err := a.Current()
	if err != nil {
		return ReplayResult{}, nil
	}
	pending, err := a.DB.Pending(ctx, c.Account.ID)
	if err != nil || len(pending) == 0 {
		return ReplayResult{}, err
	}
	var r ReplayResult
	defer func() {
		if r.Synced+r.Failed > 0 {
			a.Live.Changed(fmt.Sprintf("Outbox: %d synced, %d failed", r.Synced, r.Failed))
		}
	}()
	for i, act := range pending {
		_, err := apply(ctx, c.Client, act.Kind, act.Payload, act.IdempotencyKey)
		a.observe(err)
		if err := a.record(ctx, act, err, &r); err != nil {
			r.Left = len(pending) - i
			return r, err
		}
	}
	return r, nil
}

// record stores one replay outcome; it returns an error to stop the replay.
func (a *App) record(ctx context.Context, act localdb.Action, err error, r *ReplayResult) error {
	switch {
	case err == nil:
		r.Synced++
		return a.DB.Finish(ctx, act.ID, localdb.StatusSynced, "")
	case Unreachable(err), StillProcessing(err):
		// Kept in the outbox, and the actions after it wait behind it.
		_ = a.DB.Attempted(ctx, act.ID, UserMessage(err))
		return fmt.Errorf("replay %q: %w", act.Label, err)
	default:
		r.Failed++
		return a.DB.Finish(ctx, act.ID, localdb.StatusFailed, UserMessage(err))
	}
}
