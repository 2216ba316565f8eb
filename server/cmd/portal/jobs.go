package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"clientportal/server/internal/config"
	"clientportal/server/internal/jobs"
	"clientportal/server/internal/model"
	"clientportal/server/internal/system"
	"clientportal/shared/clock"
)

// lastErrorWidth is how many characters of a job's last error a listing shows.
const lastErrorWidth = 80

// jobsCommand shows the durable job queue: `portal jobs [--state
// pending|retrying|dead] [--limit N]` lists the jobs waiting or in trouble,
// `portal jobs retry ID` puts a dead job back in the queue.
func jobsCommand(ctx context.Context, cfg config.Config, args []string, stdout, stderr io.Writer) error {
	if len(args) > 0 && args[0] == "retry" {
		return retryJob(ctx, cfg, args[1:], stderr)
	}
	fs := flag.NewFlagSet("jobs", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: portal jobs [--state pending|retrying|dead] [--limit N]\n       portal jobs retry ID")
		fs.PrintDefaults()
	}
	state := fs.String("state", "", "list only the jobs in this state: pending, retrying or dead")
	limit := fs.Int("limit", 100, "list at most this many jobs")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected %q; use portal jobs [--state pending|retrying|dead] or portal jobs retry ID", fs.Arg(0))
	}
	return withQueue(ctx, cfg, func(q *jobs.Queue) error {
		js, err := q.Problems(ctx, *state, *limit)
		if err != nil {
			return err
		}
		return printJobs(stdout, stderr, js, *state, *limit)
	})
}

// retryJob puts the dead job named by the one argument back in the queue.
func retryJob(ctx context.Context, cfg config.Config, args []string, stderr io.Writer) error {
	if len(args) != 1 || strings.TrimSpace(args[0]) == "" {
		return errors.New("usage: portal jobs retry ID, with the id `portal jobs --state dead` lists")
	}
	return withQueue(ctx, cfg, func(q *jobs.Queue) error {
		j, err := q.Revive(ctx, args[0])
		if err != nil {
			return err
		}
		fmt.Fprintf(stderr, "Job %s (%s) is pending again and due now, with 0 of %d attempts used; it keeps its last error until it runs.\n",
			j.ID, j.Kind, j.MaxAttempts)
		return nil
	})
}

// withQueue opens the system on an up-to-date database for fn.
func withQueue(ctx context.Context, cfg config.Config, fn func(q *jobs.Queue) error) error {
	sys, err := system.Open(ctx, cfg, clock.Real{})
	if err != nil {
		return err
	}
	defer sys.Close()
	if _, err := sys.Store.Migrate(ctx); err != nil {
		return err
	}
	return fn(sys.Queue)
}

// printJobs writes the jobs as a table on stdout; the empty state and a
// note that the limit was reached go to stderr.
func printJobs(stdout, stderr io.Writer, js []model.Job, state string, limit int) error {
	if len(js) == 0 {
		fmt.Fprintf(stderr, "No %s jobs.\n", stateWords(state))
		return nil
	}
	w := tabwriter.NewWriter(stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(w, "ID\tKIND\tWORKSPACE\tSTATE\tATTEMPTS\tNEXT RUN\tLAST ERROR")
	for _, j := range js {
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%d/%d\t%s\t%s\n", j.ID, j.Kind, orDash(j.WorkspaceID), jobs.State(j),
			j.Attempts, j.MaxAttempts, nextRun(j), orDash(oneLine(j.LastError, lastErrorWidth)))
	}
	if err := w.Flush(); err != nil {
		return err
	}
	if len(js) == limit {
		fmt.Fprintf(stderr, "Showing the first %d jobs; there may be more (--limit).\n", limit)
	}
	return nil
}

func stateWords(state string) string {
	if state == "" {
		return "pending, retrying or dead"
	}
	return state
}

// nextRun is when a pending job is next tried; a dead job is never tried.
func nextRun(j model.Job) string {
	if j.State != model.JobPending {
		return "-"
	}
	return j.RunAt.UTC().Format(time.RFC3339)
}

// oneLine folds s onto one line and cuts it to at most width characters.
func oneLine(s string, width int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > width {
		return string(r[:width-1]) + "…"
	}
	return s
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
