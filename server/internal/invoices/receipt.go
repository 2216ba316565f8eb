package invoices

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"clientportal/server/internal/jobs"
	"clientportal/server/internal/mail"
	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
)

// JobReceipt is the job kind that emails the client a receipt for one payment.
const JobReceipt = "invoice.receipt"

// KindReceipt is the kind of the receipt email.
const KindReceipt = "receipt"

type receiptPayload struct {
	PaymentID string `json:"payment_id"`
}

// Register adds the receipt and overdue-sweep handlers to the queue.
func (s *Service) Register(q *jobs.Queue) {
	q.Handle(JobReceipt, s.sendReceipt)
	q.Handle(JobOverdueSweep, s.runOverdueSweep)
}

// sendReceipt makes the receipt PDF of a payment and queues the email that
// carries it, once: the payment remembers its receipt email.
func (s *Service) sendReceipt(ctx context.Context, j model.Job) error {
	var p receiptPayload
	if err := json.Unmarshal(j.Payload, &p); err != nil {
		return jobs.Permanent(fmt.Errorf("decode %s payload: %w", JobReceipt, err))
	}
	var (
		pay model.Payment
		v   View
		w   model.Workspace
	)
	err := s.store.View(ctx, func(tx *store.Tx) (err error) {
		if pay, err = tx.Payments().ByID(j.WorkspaceID, p.PaymentID); err != nil {
			return err
		}
		if v, err = s.load(tx, j.WorkspaceID, pay.InvoiceID); err != nil {
			return err
		}
		w, err = tx.Workspaces().ByID(j.WorkspaceID)
		return err
	})
	if errors.Is(err, store.ErrNotFound) {
		return jobs.Permanent(err)
	}
	if err != nil || pay.ReceiptEmailID != "" {
		return err
	}
	pipe, err := s.pipeline()
	if err != nil {
		return err
	}
	doc, err := renderReceipt(pipe, w, v, pay)
	if err != nil {
		return fmt.Errorf("receipt of payment %s: %w", pay.ID, err)
	}
	return s.store.InTx(ctx, func(tx *store.Tx) error {
		cur, err := tx.Payments().ByID(j.WorkspaceID, pay.ID)
		if err != nil || cur.ReceiptEmailID != "" {
			return err
		}
		ds, err := tx.Domains().List(w.ID)
		if err != nil {
			return err
		}
		portalURL := s.workspaces.URLFor(w, ds)
		z := s.wordsFor(w, v.Contact)
		amount := z.Money(pay.AmountMinor, pay.Currency)
		inv := v.Invoice
		lines := []string{greeting(z, v.Contact),
			z.T("work_email.receipt.body", "Workspace", w.Name, "Amount", amount, "Number", inv.Number, "Date", dueDay(z, pay.PaidOn))}
		if left := Remaining(inv); left > 0 {
			lines = append(lines, z.T("work_email.receipt.left", "Amount", z.Money(left, inv.Currency)))
		}
		lines = append(lines, z.T("work_email.receipt.attached"))
		l := mail.Letter{Workspace: w, ContactID: v.Contact.ID, To: v.Contact.Email, Kind: KindReceipt, Lz: z,
			Subject: z.T("work_email.receipt.subject", "Number", inv.Number, "Workspace", w.Name, "Amount", amount), PortalURL: portalURL,
			Paragraphs: lines, ButtonURL: portalURL + "/invoices/" + inv.ID, ButtonLabel: z.T("work_email.invoice.button")}
		d, err := l.Draft()
		if err != nil {
			return err
		}
		d.AttachmentName, d.Attachment = "receipt-"+inv.Number+".pdf", doc
		es, err := mail.Queue(tx, d)
		if err != nil {
			return err
		}
		return tx.Payments().SetReceipt(j.WorkspaceID, pay.ID, es[0].ID)
	})
}
