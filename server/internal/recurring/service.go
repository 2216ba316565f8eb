// Package recurring issues invoices on a schedule: one per week, month or
// year from a start date, each issued and emailed by a durable job that
// runs once per period (never twice, even on several instances or after a
// restart; a period missed while the server was down is issued when it is
// back).
package recurring

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"clientportal/server/internal/invoices"
	"clientportal/server/internal/jobs"
	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
	"clientportal/shared/clock"
)

// JobIssue is the job kind that issues one period of a recurring invoice.
const JobIssue = "recurring.issue"

// Service is the recurring invoices service.
type Service struct {
	store    *store.Store
	invoices *invoices.Service
	now      func() time.Time
}

// New returns the recurring invoices service.
func New(s *store.Store, inv *invoices.Service, clk clock.Clock) *Service {
	return &Service{store: s, invoices: inv, now: clock.Or(clk).Now}
}

// Register adds the period handler to the queue.
func (s *Service) Register(q *jobs.Queue) { q.Handle(JobIssue, s.issuePeriod) }

// View is a recurring invoice with the invoices it issued.
type View struct {
	Recurring model.RecurringInvoice
	Lines     []invoices.LineInput
	Runs      []model.RecurringRun
}

const missing = "This recurring invoice does not exist."

type issuePayload struct {
	RecurringID string `json:"recurring_id"`
	Period      int    `json:"period"`
}

// schedule queues the job of the recurring invoice's next period, due at
// the start (UTC) of its issue date; key makes it once per period.
func schedule(tx *store.Tx, ri model.RecurringInvoice, key string) error {
	if ri.NextOn == "" || ri.Paused || ri.DeletedAt != nil {
		return nil
	}
	at, err := time.Parse(time.DateOnly, ri.NextOn)
	if err != nil {
		return fmt.Errorf("recurring invoice %s next date %q: %w", ri.ID, ri.NextOn, err)
	}
	j, err := jobs.NewJob(ri.WorkspaceID, JobIssue, issuePayload{RecurringID: ri.ID, Period: ri.NextPeriod})
	if err != nil {
		return err
	}
	if key == "" {
		key = fmt.Sprintf("recurring:%s:%d", ri.ID, ri.NextPeriod)
	}
	j.UniqueKey, j.RunAt = &key, at
	return jobs.Enqueue(tx, j)
}

func linesOf(ri model.RecurringInvoice) ([]invoices.LineInput, error) {
	var ls []invoices.LineInput
	if err := json.Unmarshal([]byte(ri.LinesJSON), &ls); err != nil {
		return nil, fmt.Errorf("lines of recurring invoice %s: %w", ri.ID, err)
	}
	return ls, nil
}

// Get loads one recurring invoice with the periods it issued.
func (s *Service) Get(ctx context.Context, workspaceID, id string) (View, error) {
	var v View
	err := s.store.View(ctx, func(tx *store.Tx) (err error) {
		v, err = load(tx, workspaceID, id)
		return err
	})
	return v, store.Missing(err, missing)
}

func load(tx *store.Tx, workspaceID, id string) (View, error) {
	ri, err := tx.RecurringInvoices().ByID(workspaceID, id)
	if err != nil {
		return View{}, err
	}
	ls, err := linesOf(ri)
	if err != nil {
		return View{}, err
	}
	runs, err := tx.RecurringInvoices().Runs(workspaceID, id)
	return View{Recurring: ri, Lines: ls, Runs: runs}, err
}

// List returns the workspace's recurring invoices, newest first.
func (s *Service) List(ctx context.Context, workspaceID string) ([]View, error) {
	var out []View
	err := s.store.View(ctx, func(tx *store.Tx) error {
		ris, err := tx.RecurringInvoices().List(workspaceID)
		if err != nil {
			return err
		}
		for _, ri := range ris {
			v, err := load(tx, workspaceID, ri.ID)
			if err != nil {
				return err
			}
			out = append(out, v)
		}
		return nil
	})
	return out, err
}
