package recurring

import (
	"context"
	"encoding/json"
	"strings"
	"time"

	"github.com/google/uuid"

	"clientportal/server/internal/invoices"
	"clientportal/server/internal/store"
)

// Change is a PATCH of a recurring invoice: only what is set changes, and
// new lines apply from the next period on.
type Change struct {
	Paused *bool
	Lines  []invoices.LineInput
	Notes  *string
}

// Update pauses or resumes a recurring invoice, or changes its lines or
// notes for the periods still to come.
func (s *Service) Update(ctx context.Context, workspaceID, id string, ch Change) (View, error) {
	err := s.store.InTx(ctx, func(tx *store.Tx) error {
		ri, err := tx.RecurringInvoices().ByIDForUpdate(workspaceID, id)
		if err != nil {
			return err
		}
		set := map[string]any{}
		in := Input{ContactID: ri.ContactID, Currency: ri.Currency, Notes: ri.Notes}
		if in.Lines, err = linesOf(ri); err != nil {
			return err
		}
		if ch.Lines != nil {
			in.Lines = ch.Lines
			b, _ := json.Marshal(ch.Lines)
			set["lines_json"] = string(b)
		}
		if ch.Notes != nil {
			in.Notes = strings.TrimSpace(*ch.Notes)
			set["notes"] = in.Notes
		}
		start, _ := time.Parse(time.DateOnly, ri.StartsOn)
		if err := checkLines(in, start, ri.DueDays); err != nil {
			return err
		}
		resume := ch.Paused != nil && !*ch.Paused && ri.Paused
		if ch.Paused != nil {
			set["paused"], ri.Paused = *ch.Paused, *ch.Paused
		}
		if len(set) > 0 {
			if err := tx.RecurringInvoices().Update(workspaceID, id, set); err != nil {
				return err
			}
		}
		if resume {
			// The period's job may have run (and done nothing) while paused.
			return schedule(tx, ri, "recurring:"+ri.ID+":resume:"+uuid.NewString())
		}
		return nil
	})
	if err != nil {
		return View{}, store.Missing(err, missing)
	}
	return s.Get(ctx, workspaceID, id)
}

// Delete stops a recurring invoice; the invoices it issued stay.
func (s *Service) Delete(ctx context.Context, workspaceID, id string) error {
	err := s.store.InTx(ctx, func(tx *store.Tx) error {
		if _, err := tx.RecurringInvoices().ByIDForUpdate(workspaceID, id); err != nil {
			return err
		}
		return tx.RecurringInvoices().Update(workspaceID, id, map[string]any{"deleted_at": tx.Now()})
	})
	return store.Missing(err, missing)
}
