package recurring

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/google/uuid"

	"clientportal/server/internal/apperr"
	"clientportal/server/internal/invoices"
	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
)

// Input creates a recurring invoice.
type Input struct {
	ContactID, Currency string
	Lines               []invoices.LineInput
	Notes               string
	Every               string // week, month, year
	StartsOn            string // YYYY-MM-DD, today or later
	Count               int    // how many invoices; 0: until deleted
	DueDays             *int   // days to pay each one; 14 when nil
}

// Create saves a recurring invoice and schedules its first period.
func (s *Service) Create(ctx context.Context, workspaceID string, in Input) (View, error) {
	due := 14
	if in.DueDays != nil {
		due = *in.DueDays
	}
	v := apperr.Validation{}
	if in.Every != model.EveryWeek && in.Every != model.EveryMonth && in.Every != model.EveryYear {
		v.Add("interval", "Choose week, month or year.")
	}
	start, err := time.Parse(time.DateOnly, in.StartsOn)
	switch {
	case err != nil:
		v.Add("starts_on", fmt.Sprintf("%q is not a date; use YYYY-MM-DD.", in.StartsOn))
	case in.StartsOn < s.now().Format(time.DateOnly):
		v.Add("starts_on", "The first invoice cannot be in the past.")
	}
	if in.Count < 0 || in.Count > 1000 {
		v.Add("count", "Give how many invoices, from 1 to 1000, or leave it out to go on until deleted.")
	}
	if due < 0 || due > 365 {
		v.Add("due_days", "Each invoice is due 0 to 365 days after it is issued.")
	}
	if len(v) == 0 {
		if err := checkLines(in, start, due); err != nil {
			return View{}, err
		}
	}
	if err := v.Err(); err != nil {
		return View{}, err
	}
	b, _ := json.Marshal(in.Lines)
	ri := model.RecurringInvoice{ID: uuid.NewString(), WorkspaceID: workspaceID, ContactID: in.ContactID,
		Currency: strings.ToUpper(strings.TrimSpace(in.Currency)), LinesJSON: string(b), Notes: strings.TrimSpace(in.Notes),
		DueDays: due, Every: in.Every, StartsOn: in.StartsOn, PeriodCount: in.Count, NextOn: in.StartsOn}
	err = s.store.InTx(ctx, func(tx *store.Tx) error {
		if _, err := tx.Contacts().ByID(workspaceID, in.ContactID); err != nil {
			return store.Missing(err, "This contact does not exist.")
		}
		if err := tx.RecurringInvoices().Create(&ri); err != nil {
			return err
		}
		return schedule(tx, ri, "")
	})
	if err != nil {
		return View{}, err
	}
	return s.Get(ctx, workspaceID, ri.ID)
}

// checkLines validates the lines, currency and notes as the invoices
// service will when it issues the first period.
func checkLines(in Input, start time.Time, due int) error {
	return invoices.CheckDraft(invoices.DraftInput{ContactID: in.ContactID, Currency: in.Currency, Lines: in.Lines, Notes: in.Notes,
		IssueDate: start.Format(time.DateOnly), DueDate: start.AddDate(0, 0, due).Format(time.DateOnly)})
}
