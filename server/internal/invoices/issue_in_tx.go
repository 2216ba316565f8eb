package invoices

import (
	"github.com/google/uuid"

	"clientportal/server/internal/events"
	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
)

// CheckDraft validates a draft without saving it (a recurring invoice's
// lines, checked when the owner gives them).
func CheckDraft(in DraftInput) error {
	_, err := fillDraft(&model.Invoice{}, in)
	return err
}

// IssueInTx creates and issues an invoice in the caller's transaction: the
// next number, the email to the client and the invoice.issued event all
// commit with whatever else tx does, or none of them.
func (s *Service) IssueInTx(tx *store.Tx, workspaceID string, in DraftInput) (model.Invoice, error) {
	now := s.now()
	inv := model.Invoice{ID: uuid.NewString(), WorkspaceID: workspaceID, Status: model.InvoiceDraft, CreatedAt: now, UpdatedAt: now}
	lines, err := fillDraft(&inv, in)
	if err != nil {
		return inv, err
	}
	if err := requireContact(tx, workspaceID, in.ContactID); err != nil {
		return inv, err
	}
	if err := tx.Invoices().Create(&inv, lines); err != nil {
		return inv, err
	}
	set, err := s.numbering(tx, inv)
	if err != nil {
		return inv, err
	}
	if _, err := tx.Invoices().Transition(workspaceID, inv.ID, []string{model.InvoiceDraft}, set); err != nil {
		return inv, err
	}
	inv.Status, inv.Number, inv.IssueDate = model.InvoiceIssued, set["number"].(string), set["issue_date"].(string)
	if err := s.emailIssued(tx, inv); err != nil {
		return inv, err
	}
	return inv, events.Emit(tx, workspaceID, model.EventInvoiceIssued, map[string]any{"invoice_id": inv.ID, "contact_id": inv.ContactID,
		"number": inv.Number, "recurring": true})
}
