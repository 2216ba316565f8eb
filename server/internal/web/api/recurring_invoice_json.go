package api

import (
	"clientportal/server/internal/invoices"
	"clientportal/server/internal/recurring"
	"clientportal/shared/api"
)

// recurringJSON is the API shape of a recurring invoice.
func recurringJSON(v recurring.View) api.RecurringInvoice {
	ri := v.Recurring
	out := api.RecurringInvoice{ID: ri.ID, ContactID: ri.ContactID, Currency: ri.Currency, Lines: make([]api.InvoiceLineInput, 0, len(v.Lines)),
		Notes: ri.Notes, Interval: ri.Every, StartsOn: ri.StartsOn, Count: ri.PeriodCount, DueDays: ri.DueDays, Paused: ri.Paused,
		NextOn: ri.NextOn, Issued: make([]api.RecurringPeriod, 0, len(v.Runs)), CreatedAt: ri.CreatedAt}
	for _, l := range v.Lines {
		out.Lines = append(out.Lines, api.InvoiceLineInput(l))
	}
	for _, r := range v.Runs {
		out.Issued = append(out.Issued, api.RecurringPeriod{Period: r.Period, IssuedOn: r.PeriodOn, InvoiceID: r.InvoiceID})
	}
	return out
}

func lineInputs(in []api.InvoiceLineInput) []invoices.LineInput {
	if in == nil {
		return nil
	}
	out := make([]invoices.LineInput, 0, len(in))
	for _, l := range in {
		out = append(out, invoices.LineInput(l))
	}
	return out
}
