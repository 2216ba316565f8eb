package invoices

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"clientportal/server/internal/jobs"
	"clientportal/server/internal/mail"
	"clientportal/server/internal/model"
	"clientportal/server/internal/pdf"
	"clientportal/server/internal/store"
)

// JobReceipt is the job kind that emails the client a receipt for one payment.
const JobReceipt = "invoice.receipt"

// KindReceipt is the kind of the receipt email.
const KindReceipt = "receipt"

type receiptPayload struct {
	PaymentID string `json:"payment_id"`
}

// Register adds the receipt handler to the queue.
func (s *Service) Register(q *jobs.Queue) { q.Handle(JobReceipt, s.sendReceipt) }

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
	doc, err := pipe.CreatePages(receiptPages(w, v, pay))
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
		amount := FormatMoney(pay.AmountMinor, pay.Currency)
		inv := v.Invoice
		lines := []string{"Hi " + v.Contact.FirstName() + ",",
			fmt.Sprintf("Thank you: %s received your payment of %s for invoice %s on %s.", w.Name, amount, inv.Number, dueText(pay.PaidOn))}
		if left := Remaining(inv); left > 0 {
			lines = append(lines, fmt.Sprintf("%s is left to pay.", FormatMoney(left, inv.Currency)))
		}
		lines = append(lines, "The receipt is attached as a PDF.")
		l := mail.Letter{Workspace: w, ContactID: v.Contact.ID, To: v.Contact.Email, Kind: KindReceipt,
			Subject: fmt.Sprintf("Receipt for invoice %s from %s: %s", inv.Number, w.Name, amount), PortalURL: portalURL,
			Paragraphs: lines, ButtonURL: portalURL + "/invoices/" + inv.ID, ButtonLabel: "View the invoice"}
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

// receiptPages lays out a one-page receipt: who paid whom, how much, when,
// how, and Stripe's reference.
func receiptPages(w model.Workspace, v View, p model.Payment) [][]pdf.TextLine {
	inv := v.Invoice
	row := func(y float64, label, value string) []pdf.TextLine {
		return []pdf.TextLine{{Text: label, X: pdfLeft, Y: y, Size: 10, Grey: true}, {Text: value, X: 200, Y: y, Size: 11}}
	}
	method := p.Method
	if method == "" {
		method = "—"
	}
	page := []pdf.TextLine{
		{Text: w.Name, X: pdfLeft, Y: 60, Size: 20},
		{Text: "Receipt", X: pdfRight, Y: 60, Size: 16, Right: true},
		{Text: "Received from", X: pdfLeft, Y: 100, Size: 9, Grey: true},
		{Text: displayName(v.Contact), X: pdfLeft, Y: 116, Size: 12},
		{Text: v.Contact.Email, X: pdfLeft, Y: 132, Size: 10, Grey: true},
	}
	page = append(page, row(180, "Invoice", inv.Number)...)
	page = append(page, row(200, "Amount paid", FormatMoney(p.AmountMinor, p.Currency))...)
	page = append(page, row(220, "Paid on", p.PaidOn)...)
	page = append(page, row(240, "Method", method)...)
	y := 260.0
	if p.Reference != "" {
		page = append(page, row(y, "Reference", p.Reference)...)
		y += 20
	}
	page = append(page, row(y, "Invoice total", FormatMoney(inv.TotalMinor, inv.Currency))...)
	page = append(page, row(y+20, "Left to pay", FormatMoney(Remaining(inv), inv.Currency))...)
	return [][]pdf.TextLine{page}
}
