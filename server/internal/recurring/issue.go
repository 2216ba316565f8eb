package recurring

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"clientportal/server/internal/invoices"
	"clientportal/server/internal/jobs"
	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
)

// issuePeriod issues one period of a recurring invoice and schedules the
// next, in one transaction with the row locked: the period is recorded in
// recurring_runs (one row per period), so a second job for it, on this or
// another instance, finds it done and issues nothing.
func (s *Service) issuePeriod(ctx context.Context, j model.Job) error {
	var p issuePayload
	if err := json.Unmarshal(j.Payload, &p); err != nil {
		return jobs.Permanent(fmt.Errorf("decode %s payload: %w", JobIssue, err))
	}
	err := s.store.InTx(ctx, func(tx *store.Tx) error {
		ri, err := tx.RecurringInvoices().ByIDForUpdate(j.WorkspaceID, p.RecurringID)
		if err != nil {
			return err
		}
		if ri.Paused || ri.NextOn == "" || ri.NextPeriod != p.Period {
			return nil // paused (resuming schedules again), finished, or this period is done
		}
		if today := s.now().Format(time.DateOnly); ri.NextOn > today {
			return fmt.Errorf("period %d of recurring invoice %s is due on %s, not yet", p.Period, ri.ID, ri.NextOn)
		}
		lines, err := linesOf(ri)
		if err != nil {
			return err
		}
		issueOn, _ := time.Parse(time.DateOnly, ri.NextOn)
		inv, err := s.invoices.IssueInTx(tx, ri.WorkspaceID, invoices.DraftInput{ContactID: ri.ContactID, Currency: ri.Currency,
			IssueDate: ri.NextOn, DueDate: issueOn.AddDate(0, 0, ri.DueDays).Format(time.DateOnly), Lines: lines, Notes: ri.Notes})
		if err != nil {
			return err
		}
		first, err := tx.RecurringInvoices().AddRun(model.RecurringRun{RecurringID: ri.ID, Period: p.Period, WorkspaceID: ri.WorkspaceID,
			InvoiceID: inv.ID, PeriodOn: ri.NextOn})
		if err != nil {
			return err
		}
		if !first {
			return errAlreadyIssued // roll the invoice back
		}
		ri.NextPeriod++
		ri.NextOn = ""
		if ri.PeriodCount == 0 || ri.NextPeriod < ri.PeriodCount {
			start, _ := time.Parse(time.DateOnly, ri.StartsOn)
			ri.NextOn = PeriodDate(start, ri.Every, ri.NextPeriod).Format(time.DateOnly)
		}
		if err := tx.RecurringInvoices().Update(ri.WorkspaceID, ri.ID, map[string]any{"next_period": ri.NextPeriod, "next_on": ri.NextOn}); err != nil {
			return err
		}
		return schedule(tx, ri, "")
	})
	switch {
	case errors.Is(err, errAlreadyIssued), errors.Is(err, store.ErrNotFound):
		slog.Info("recurring period already issued or recurring invoice gone", "recurring", p.RecurringID, "period", p.Period)
		return nil
	case err != nil:
		return fmt.Errorf("issue period %d of recurring invoice %s: %w", p.Period, p.RecurringID, err)
	}
	return nil
}

var errAlreadyIssued = errors.New("period already issued")
