package desk

import (
	"context"

	"clientportal/shared/api"
)

// RecurringInvoices lists the workspace's recurring invoices.
func (a *App) RecurringInvoices(ctx context.Context) (api.RecurringInvoiceList, error) {
	c, err := a.Current()
	if err != nil {
		return api.RecurringInvoiceList{}, err
	}
	l, err := c.Client.RecurringInvoices(ctx)
	a.observe(err)
	return l, err
}

// CreateRecurringInvoice schedules an invoice every period; it needs the server.
func (a *App) CreateRecurringInvoice(ctx context.Context, in api.RecurringInvoiceInput) (api.RecurringInvoice, error) {
	c, err := a.Current()
	if err != nil {
		return api.RecurringInvoice{}, err
	}
	ri, err := c.Client.CreateRecurringInvoice(ctx, in, "")
	a.observe(err)
	return ri, err
}

// UpdateRecurringInvoice pauses or resumes a recurring invoice.
func (a *App) UpdateRecurringInvoice(ctx context.Context, id string, ch api.RecurringInvoiceChange) (api.RecurringInvoice, error) {
	c, err := a.Current()
	if err != nil {
		return api.RecurringInvoice{}, err
	}
	ri, err := c.Client.UpdateRecurringInvoice(ctx, id, ch)
	a.observe(err)
	return ri, err
}

// DeleteRecurringInvoice stops a recurring invoice; what it issued stays.
func (a *App) DeleteRecurringInvoice(ctx context.Context, id string) error {
	c, err := a.Current()
	if err != nil {
		return err
	}
	err = c.Client.DeleteRecurringInvoice(ctx, id)
	a.observe(err)
	return err
}
