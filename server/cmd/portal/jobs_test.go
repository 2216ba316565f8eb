package main

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"clientportal/server/internal/config"
	"clientportal/server/internal/jobs"
	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
	"clientportal/server/internal/storetest"
	"clientportal/server/internal/system"
	"clientportal/shared/clock"
)

const kindFlaky = "test.flaky"

func TestADeadJobIsListedWithItsErrorAndRetryPutsItBackSoItRunsAgain(t *testing.T) {
	for _, dialect := range storetest.Dialects {
		t.Run(dialect, func(t *testing.T) {
			jobsEnv(t, dialect)
			id := enqueueJob(t)
			runJob(t, func(context.Context, model.Job) error {
				return jobs.Permanent(errors.New("the printer is on fire\n\tand so is the fax"))
			})

			stdout, _, err := runPortal(t, "jobs")
			if err != nil {
				t.Fatalf("jobs: %v", err)
			}
			row := lineWith(t, stdout, id)
			for _, want := range []string{kindFlaky, "ws-1", "dead", fmt.Sprintf("1/%d", jobs.MaxAttempts), "the printer is on fire and so is the fax"} {
				if !strings.Contains(row, want) {
					t.Errorf("the dead job's row lacks %q:\n%s", want, stdout)
				}
			}

			_, stderr, err := runPortal(t, "jobs", "retry", id)
			if err != nil || !strings.Contains(stderr, "pending again") {
				t.Fatalf("retry: %v\n%s", err, stderr)
			}
			if j := loadJob(t, id); j.State != model.JobPending || j.Attempts != 0 || !strings.Contains(j.LastError, "the printer is on fire") {
				t.Fatalf("after retry the job is %q after %d attempt(s) with error %q; want pending, 0, the error kept", j.State, j.Attempts, j.LastError)
			}
			if stdout, _, _ := runPortal(t, "jobs", "--state", "dead"); strings.Contains(stdout, id) {
				t.Errorf("the retried job is still listed as dead:\n%s", stdout)
			}

			runJob(t, func(context.Context, model.Job) error { return nil })
			if j := loadJob(t, id); j.State != model.JobDone {
				t.Fatalf("the retried job is %q after running, want done", j.State)
			}
			stdout, stderr, err = runPortal(t, "jobs")
			if err != nil || stdout != "" || !strings.Contains(stderr, "No pending, retrying or dead jobs.") {
				t.Fatalf("after the job is done: %v, stdout %q, stderr %q; want the empty state", err, stdout, stderr)
			}
		})
	}
}

func TestRetryRefusesAJobThatIsNotDeadOrAnUnknownIdNamingItAndChangesNothing(t *testing.T) {
	for _, dialect := range storetest.Dialects {
		t.Run(dialect, func(t *testing.T) {
			jobsEnv(t, dialect)
			id := enqueueJob(t)
			before := loadJob(t, id)

			_, _, err := runPortal(t, "jobs", "retry", id)
			if msg := errText(err); !strings.Contains(msg, id) || !strings.Contains(msg, "is pending, not dead") {
				t.Errorf("retry of a pending job: %q; want a refusal naming the id and its state", msg)
			}
			if after := loadJob(t, id); after.State != before.State || after.Attempts != before.Attempts || !after.RunAt.Equal(before.RunAt) {
				t.Errorf("the refused retry changed the job from %+v to %+v", before, after)
			}
			_, _, err = runPortal(t, "jobs", "retry", "no-such-job")
			if msg := errText(err); !strings.Contains(msg, `"no-such-job"`) || !strings.Contains(msg, "No job") {
				t.Errorf("retry of an unknown id: %q; want a refusal naming the id", msg)
			}
		})
	}
}

func TestJobsFiltersByStateAndNamesTheFlagOfAnUnknownOne(t *testing.T) {
	jobsEnv(t, "sqlite")
	id := enqueueJob(t)
	runJob(t, func(context.Context, model.Job) error { return errors.New("smtp down") })

	if stdout, _, err := runPortal(t, "jobs", "--state", "retrying"); err != nil || !strings.Contains(lineWith(t, stdout, id), "retrying") {
		t.Errorf("--state retrying: %v\n%s", err, stdout)
	}
	if stdout, stderr, err := runPortal(t, "jobs", "--state", "dead"); err != nil || stdout != "" || !strings.Contains(stderr, "No dead jobs.") {
		t.Errorf("--state dead with no dead job: %v, stdout %q, stderr %q", err, stdout, stderr)
	}
	if _, _, err := runPortal(t, "jobs", "--state", "done"); !strings.Contains(errText(err), "--state") {
		t.Errorf("--state done: %q; want a message naming --state", errText(err))
	}
	if _, _, err := runPortal(t, "jobs", "retry", id); !strings.Contains(errText(err), "is retrying, not dead") {
		t.Errorf("retry of a retrying job: %q; want it refused as retrying", errText(err))
	}
}

func TestALongMultiLineErrorIsShownOnOneShortenedLine(t *testing.T) {
	got := oneLine("first line\nsecond\tline "+strings.Repeat("é", 100), 40)
	if strings.Contains(got, "\n") || strings.Contains(got, "\t") || len([]rune(got)) != 40 || !strings.HasSuffix(got, "…") ||
		!strings.HasPrefix(got, "first line second line éé") {
		t.Errorf("oneLine gave %q", got)
	}
	if got := oneLine("short", 40); got != "short" {
		t.Errorf("a short error became %q", got)
	}
}

// jobsEnv points the portal at a fresh database of the dialect.
func jobsEnv(t *testing.T, dialect string) {
	t.Helper()
	vars := map[string]string{}
	if dialect == "postgres" {
		vars["PORTAL_DATABASE_URL"] = storetest.FreshPostgres(t)
	}
	portalEnv(t, vars)
}

// openJobs opens the system the portal command would, on a migrated database.
func openJobs(t *testing.T) *system.System {
	t.Helper()
	cfg, err := config.FromEnv()
	if err != nil {
		t.Fatal(err)
	}
	sys, err := system.Open(context.Background(), cfg, clock.Real{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { sys.Close() })
	if _, err := sys.Store.Migrate(context.Background()); err != nil {
		t.Fatal(err)
	}
	return sys
}

// enqueueJob queues one job of kindFlaky and returns its id.
func enqueueJob(t *testing.T) string {
	t.Helper()
	j, err := jobs.NewJob("ws-1", kindFlaky, map[string]string{"to": "printer"})
	if err != nil {
		t.Fatal(err)
	}
	if err := openJobs(t).Store.InTx(context.Background(), func(tx *store.Tx) error { return jobs.Enqueue(tx, j) }); err != nil {
		t.Fatal(err)
	}
	return j.ID
}

// runJob runs the due job of kindFlaky once with h.
func runJob(t *testing.T, h jobs.Handler) {
	t.Helper()
	sys := openJobs(t)
	sys.Queue.Handle(kindFlaky, h)
	if n, err := sys.Queue.RunOnce(context.Background()); err != nil || n != 1 {
		t.Fatalf("ran %d job(s), %v; want the one", n, err)
	}
}

func loadJob(t *testing.T, id string) model.Job {
	t.Helper()
	var j model.Job
	err := openJobs(t).Store.View(context.Background(), func(tx *store.Tx) (err error) { j, err = tx.Jobs().ByID(id); return err })
	if err != nil {
		t.Fatal(err)
	}
	return j
}

// lineWith is the line of out that holds s.
func lineWith(t *testing.T, out, s string) string {
	t.Helper()
	for _, l := range strings.Split(out, "\n") {
		if strings.Contains(l, s) {
			return l
		}
	}
	t.Fatalf("no line holds %s:\n%s", s, out)
	return ""
}

func errText(err error) string {
	if err == nil {
		return "<no error>"
	}
	return userMessage(err)
}
