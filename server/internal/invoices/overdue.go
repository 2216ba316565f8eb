package invoices

import (
	"context"
	"log/slog"
	"time"

	"clientportal/server/internal/events"
	"clientportal/server/internal/jobs"
	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
)

// JobOverdueSweep is the job kind that records invoice.overdue for the
// invoices whose due date has passed unpaid.
const JobOverdueSweep = "invoice.overdue_sweep"

// OverdueEvery is how often the sweep is queued (a due date is a day: a
// few minutes late is on time).
const OverdueEvery = 5 * time.Minute

// overdueBatch is how many invoices one transaction of the sweep marks.
const overdueBatch = 500

// ScheduleOverdueSweep queues the sweep of this five minutes; the unique
// key makes several instances agree on one.
func (s *Service) ScheduleOverdueSweep(ctx context.Context) error {
	j, err := jobs.NewJob("", JobOverdueSweep, struct{}{})
	if err != nil {
		return err
	}
	key := "invoice-overdue:" + s.now().UTC().Truncate(OverdueEvery).Format("200601021504")
	j.UniqueKey = &key
	return s.store.InTx(ctx, func(tx *store.Tx) error { return jobs.Enqueue(tx, j) })
}

// runOverdueSweep marks each invoice past its due date (the day after it,
// as Overdue reads it) and records invoice.overdue for it, in the
// transaction that marks it: once per invoice, however often the sweep runs
// or on however many instances.
func (s *Service) runOverdueSweep(ctx context.Context, _ model.Job) error {
	for {
		n, err := s.SweepOverdue(ctx)
		if err != nil || n < overdueBatch {
			return err
		}
	}
}

// SweepOverdue marks one batch of past-due invoices overdue, each with its
// event, and reports how many it looked at.
func (s *Service) SweepOverdue(ctx context.Context) (int, error) {
	n, marked := 0, 0
	err := s.store.InTx(ctx, func(tx *store.Tx) error {
		invs, err := tx.Invoices().PastDue(s.today(), overdueBatch)
		if err != nil {
			return err
		}
		n = len(invs)
		for _, inv := range invs {
			first, err := tx.Invoices().MarkOverdue(inv.WorkspaceID, inv.ID)
			if err != nil {
				return err
			}
			if !first || !Payable(inv) {
				continue
			}
			marked++
			err = events.Emit(tx, inv.WorkspaceID, model.EventInvoiceOverdue, map[string]any{"invoice_id": inv.ID, "contact_id": inv.ContactID,
				"number": inv.Number, "due_date": inv.DueDate})
			if err != nil {
				return err
			}
		}
		return nil
	})
	if marked > 0 {
		slog.Info("invoices overdue", "count", marked)
	}
	return n, err
}
