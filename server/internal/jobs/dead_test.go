package jobs_test

import (
	"context"
	"encoding/json"
	"errors"
	"sync/atomic"
	"testing"
	"time"

	"clientportal/server/internal/jobs"
	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
	"clientportal/server/internal/storetest"
)

func TestAJobThatKeepsFailingIsRetriedForAboutADayAndDiesOnlyAfterItsLastAttempt(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		clk := storetest.ClockOf(t, s)
		var tries atomic.Int64
		q := jobs.New(s, s.Clock()) // the production schedule
		q.Handle(kindCount, func(context.Context, model.Job) error { tries.Add(1); return errors.New("the SMTP server is down") })
		id := enqueue(t, s, 1)[0]

		var waited time.Duration
		for attempt := 1; attempt < jobs.MaxAttempts; attempt++ {
			mustRun(t, q, 1)
			j := loadJob(t, s, id)
			if j.State != model.JobPending || j.LastError != "the SMTP server is down" {
				t.Fatalf("after attempt %d of %d the job is %q with error %q; want pending with the error", attempt, jobs.MaxAttempts, j.State, j.LastError)
			}
			wait, want := j.RunAt.Sub(s.Now()), min(30*time.Second<<min(attempt-1, 7), time.Hour)
			if wait > want || wait < want*9/10-time.Second {
				t.Fatalf("after attempt %d the next try is in %v; want %v less at most a tenth of jitter", attempt, wait, want)
			}
			if n := mustRun(t, q, -1); n != 0 {
				t.Fatalf("after attempt %d the job ran again before its wait was over", attempt)
			}
			clk.Advance(wait)
			waited += wait
		}
		if waited < 22*time.Hour {
			t.Fatalf("the job gave up after %v of retries; an outage of about a day must not kill it", waited)
		}
		mustRun(t, q, 1)
		assertState(t, s, id, model.JobDead, jobs.MaxAttempts)
		if tries.Load() != jobs.MaxAttempts {
			t.Fatalf("handler ran %d times, want %d", tries.Load(), jobs.MaxAttempts)
		}
		clk.Advance(48 * time.Hour)
		if n := mustRun(t, q, -1); n != 0 {
			t.Fatal("a dead job ran again")
		}
	})
}

func TestADeadJobTellsItsWorkspaceOnceWithItsKindAndLastError(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		clk := storetest.ClockOf(t, s)
		ws := createWorkspace(t, s)
		q := newQueue(s, func(context.Context, model.Job) error { return errors.New("the printer is on fire") })
		j, err := jobs.NewJob(ws, kindCount, map[string]int{"n": 1})
		if err != nil {
			t.Fatal(err)
		}
		j.MaxAttempts = 2
		if err := s.InTx(context.Background(), func(tx *store.Tx) error { return jobs.Enqueue(tx, j) }); err != nil {
			t.Fatal(err)
		}

		mustRun(t, q, 1)
		if evs := deadEvents(t, s, ws); len(evs) != 0 {
			t.Fatalf("a job that will be retried sent %d job.dead event(s)", len(evs))
		}
		clk.Advance(time.Minute)
		mustRun(t, q, 1)
		assertState(t, s, j.ID, model.JobDead, 2)
		clk.Advance(24 * time.Hour)
		mustRun(t, q, 0)

		evs := deadEvents(t, s, ws)
		if len(evs) != 1 {
			t.Fatalf("%d job.dead event(s), want 1", len(evs))
		}
		if e := evs[0]; e["job_id"] != j.ID || e["kind"] != kindCount || e["error"] != "the printer is on fire" {
			t.Fatalf("job.dead event says %v; want the job %s, kind %s and its last error", e, j.ID, kindCount)
		}
	})
}

func createWorkspace(t *testing.T, s *store.Store) string {
	t.Helper()
	err := s.InTx(context.Background(), func(tx *store.Tx) error {
		return tx.Workspaces().Create(&model.Workspace{ID: "ws-acme", Slug: "acme", Name: "Acme", SendingDomain: "mail.acme.test", CreatedAt: s.Now()})
	})
	if err != nil {
		t.Fatal(err)
	}
	return "ws-acme"
}

// deadEvents are the data of the workspace's job.dead events, oldest first.
func deadEvents(t *testing.T, s *store.Store, ws string) []map[string]any {
	t.Helper()
	var evs []model.Event
	if err := s.View(context.Background(), func(tx *store.Tx) (err error) { evs, err = tx.Events().ForWorkspace(ws, 0, 100); return err }); err != nil {
		t.Fatal(err)
	}
	var out []map[string]any
	for _, e := range evs {
		if e.Type != model.EventJobDead {
			continue
		}
		var data map[string]any
		if err := json.Unmarshal(e.Data, &data); err != nil {
			t.Fatalf("event data %s: %v", e.Data, err)
		}
		out = append(out, data)
	}
	return out
}
