package desk

import (
	"context"
	"fmt"
	"io"

	"clientportal/app/internal/localdb"
	"clientportal/shared/api"
)

// Invoices lists the workspace's invoices, newest first.
func (a *App) Invoices(ctx context.Context, q api.InvoiceQuery) (api.InvoiceList, error) {
	c, err := a.Current()
	if err != nil {
		return api.InvoiceList{}, err
	}
	l, err := c.Client.Invoices(ctx, q)
	a.observe(err)
	return l, err
}

// Invoice fetches one invoice.
func (a *App) Invoice(ctx context.Context, id string) (api.Invoice, error) {
	c, err := a.Current()
	if err != nil {
		return api.Invoice{}, err
	}
	v, err := c.Client.Invoice(ctx, id)
	a.observe(err)
	return v, err
}

// CreateInvoice saves a draft invoice; the server computes its totals.
// Offline, the draft is queued in the outbox and saved once, when the server
// is back; who names the client in the outbox.
func (a *App) CreateInvoice(ctx context.Context, in api.InvoiceInput, who string) (Outcome, error) {
	if who == "" {
		who = "contact " + in.ContactID
	}
	out, err := a.perform(ctx, localdb.KindDraftInvoice, "Invoice draft for "+who, in)
	if err == nil && !out.Queued {
		a.Live.Changed("")
	}
	return out, err
}

// IssueInvoice numbers the invoice and emails the client a link to it.
func (a *App) IssueInvoice(ctx context.Context, id string) (api.Invoice, error) {
	return a.changeInvoice(ctx, func(c *api.Client) (api.Invoice, error) {
		return c.IssueInvoice(ctx, id, localdb.NewKey())
	})
}

// MarkInvoicePaid records the payment of an issued invoice.
func (a *App) MarkInvoicePaid(ctx context.Context, id string, p api.Payment) (api.Invoice, error) {
	return a.changeInvoice(ctx, func(c *api.Client) (api.Invoice, error) {
		return c.MarkInvoicePaid(ctx, id, p, localdb.NewKey())
	})
}

// VoidInvoice cancels a draft or an unpaid issued invoice.
func (a *App) VoidInvoice(ctx context.Context, id string) (api.Invoice, error) {
	return a.changeInvoice(ctx, func(c *api.Client) (api.Invoice, error) {
		return c.VoidInvoice(ctx, id, localdb.NewKey())
	})
}

// changeInvoice runs one invoice change on the server; it needs the server.
func (a *App) changeInvoice(ctx context.Context, call func(*api.Client) (api.Invoice, error)) (api.Invoice, error) {
	c, err := a.Current()
	if err != nil {
		return api.Invoice{}, err
	}
	v, err := call(c.Client)
	a.observe(err)
	if err == nil {
		a.Live.Changed("")
	}
	return v, err
}

// CopyInvoicePDF writes the invoice's PDF to w.
func (a *App) CopyInvoicePDF(ctx context.Context, id string, w io.Writer) error {
	c, err := a.Current()
	if err != nil {
		return err
	}
	err = c.Client.DownloadInvoicePDF(ctx, id, w)
	a.observe(err)
	if err != nil {
		return fmt.Errorf("download invoice %s: %w", id, err)
	}
	return nil
}
