package invoices

import (
	"context"
	"fmt"
	"time"

	"clientportal/server/internal/apperr"
	"clientportal/server/internal/events"
	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
)

// LinkInvoice is the purpose of a login link that opens an invoice.
const LinkInvoice = "invoice"

// LinkPath is where an invoice email's link lands: a one-click page that
// logs the client in and opens the invoice.
func LinkPath(invoiceID, token string) string { return "/invoices/" + invoiceID + "/open/" + token }

// Issue gives a draft the workspace's next number and emails the client a
// link to it; from then on its lines are fixed.
func (s *Service) Issue(ctx context.Context, workspaceID, id string) (View, error) {
	err := s.store.InTx(ctx, func(tx *store.Tx) error {
		inv, err := tx.Invoices().ByIDForUpdate(workspaceID, id)
		if err != nil {
			return err
		}
		if inv.Status != model.InvoiceDraft {
			return apperr.New(apperr.Conflict, "Invoice %s is already %s.", inv.Number, inv.Status)
		}
		set, err := s.numbering(tx, inv)
		if err != nil {
			return err
		}
		if _, err := tx.Invoices().Transition(workspaceID, id, []string{model.InvoiceDraft}, set); err != nil {
			return err
		}
		inv.Number, inv.IssueDate = set["number"].(string), set["issue_date"].(string)
		if err := s.emailIssued(tx, inv); err != nil {
			return err
		}
		return events.Emit(tx, workspaceID, model.EventInvoiceIssued, map[string]any{"invoice_id": id, "contact_id": inv.ContactID, "number": inv.Number})
	})
	if err != nil {
		return View{}, store.Missing(err, invoiceMissing)
	}
	return s.Get(ctx, workspaceID, id)
}

// numbering takes the next number and fixes the issue date.
func (s *Service) numbering(tx *store.Tx, inv model.Invoice) (map[string]any, error) {
	issue := inv.IssueDate
	if issue == "" {
		issue = s.today()
	}
	if inv.DueDate < issue {
		return nil, (apperr.Validation{"due_date": "The due date cannot be before the issue date " + issue + "."}).Err()
	}
	n, err := tx.Invoices().NextNumber(inv.WorkspaceID)
	if err != nil {
		return nil, err
	}
	now := s.now()
	return map[string]any{"status": model.InvoiceIssued, "number": fmt.Sprintf("INV-%04d", n), "issue_date": issue, "issued_at": now}, nil
}

// Void cancels a draft or an issued, unpaid invoice.
func (s *Service) Void(ctx context.Context, workspaceID, id string) (View, error) {
	set := map[string]any{"status": model.InvoiceVoid, "voided_at": s.now()}
	return s.move(ctx, workspaceID, id, []string{model.InvoiceDraft, model.InvoiceIssued}, set, model.EventInvoiceVoided)
}

// move changes an invoice's status when it is one of from, and tells both sides.
func (s *Service) move(ctx context.Context, workspaceID, id string, from []string, set map[string]any, event string) (View, error) {
	err := s.store.InTx(ctx, func(tx *store.Tx) error {
		inv, err := tx.Invoices().ByIDForUpdate(workspaceID, id)
		if err != nil {
			return err
		}
		ok, err := tx.Invoices().Transition(workspaceID, id, from, set)
		if err != nil {
			return err
		}
		if !ok {
			return apperr.New(apperr.Conflict, "This invoice is %s; it cannot be %s.", inv.Status, map[string]string{
				model.EventInvoicePaid: "marked paid", model.EventInvoiceVoided: "voided"}[event])
		}
		return events.Emit(tx, workspaceID, event, map[string]any{"invoice_id": id, "contact_id": inv.ContactID, "number": inv.Number})
	})
	if err != nil {
		return View{}, store.Missing(err, invoiceMissing)
	}
	return s.Get(ctx, workspaceID, id)
}

// dueText is how a due date reads in an email ("2 March 2026").
func dueText(date string) string {
	t, err := time.Parse(time.DateOnly, date)
	if err != nil {
		return date
	}
	return t.Format("2 January 2006")
}
