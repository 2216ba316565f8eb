package invoices

import (
	"context"
	"fmt"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/google/uuid"

	"clientportal/server/internal/apperr"
	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
)

// Create saves a draft invoice for a contact of the workspace.
func (s *Service) Create(ctx context.Context, workspaceID string, in DraftInput) (View, error) {
	now := s.now()
	inv := model.Invoice{ID: uuid.NewString(), WorkspaceID: workspaceID, Status: model.InvoiceDraft, CreatedAt: now, UpdatedAt: now}
	lines, err := fillDraft(&inv, in)
	if err != nil {
		return View{}, err
	}
	err = s.store.InTx(ctx, func(tx *store.Tx) error {
		if err := requireContact(tx, workspaceID, in.ContactID); err != nil {
			return err
		}
		return tx.Invoices().Create(&inv, lines)
	})
	if err != nil {
		return View{}, err
	}
	return s.Get(ctx, workspaceID, inv.ID)
}

// Update replaces a draft; an issued invoice keeps its lines (void it and
// issue a new one).
func (s *Service) Update(ctx context.Context, workspaceID, id string, in DraftInput) (View, error) {
	inv := model.Invoice{ID: id, WorkspaceID: workspaceID}
	lines, err := fillDraft(&inv, in)
	if err != nil {
		return View{}, err
	}
	err = s.store.InTx(ctx, func(tx *store.Tx) error {
		cur, err := tx.Invoices().ByIDForUpdate(workspaceID, id)
		if err != nil {
			return err
		}
		if cur.Status != model.InvoiceDraft {
			return apperr.New(apperr.Conflict, "Invoice %s is %s; its lines cannot change. Void it and issue a new one.", cur.Number, cur.Status)
		}
		if err := requireContact(tx, workspaceID, in.ContactID); err != nil {
			return err
		}
		_, err = tx.Invoices().ReplaceDraft(&inv, lines)
		return err
	})
	if err != nil {
		return View{}, store.Missing(err, invoiceMissing)
	}
	return s.Get(ctx, workspaceID, id)
}

// requireContact refuses a contact that is not the workspace's, in the
// same words as one that does not exist.
func requireContact(tx *store.Tx, workspaceID, contactID string) error {
	if _, err := tx.Contacts().ByID(workspaceID, contactID); err != nil {
		return store.Missing(err, "This contact does not exist.")
	}
	return nil
}

// fillDraft validates in and copies it onto inv with computed lines and totals.
func fillDraft(inv *model.Invoice, in DraftInput) ([]model.InvoiceLine, error) {
	v := apperr.Validation{}
	if strings.TrimSpace(in.ContactID) == "" {
		v.Add("contact_id", "Choose the contact to bill.")
	}
	cur := strings.ToUpper(strings.TrimSpace(in.Currency))
	if _, ok := Exponent(cur); !ok {
		v.Add("currency", fmt.Sprintf("%q is not a currency we support; use an ISO 4217 code such as EUR, USD or GBP.", in.Currency))
	}
	checkDate(v, "issue_date", in.IssueDate, false)
	checkDate(v, "due_date", in.DueDate, true)
	if in.IssueDate != "" && in.DueDate != "" && in.DueDate < in.IssueDate {
		v.Add("due_date", "The due date cannot be before the issue date.")
	}
	if utf8.RuneCountInString(in.Notes) > 4000 {
		v.Add("notes", "Notes are limited to 4000 characters.")
	}
	checkPaymentURL(v, in.PaymentURL)
	lines := computeLines(v, inv, in.Lines)
	if err := v.Err(); err != nil {
		return nil, err
	}
	inv.ContactID, inv.Currency, inv.IssueDate, inv.DueDate = in.ContactID, cur, in.IssueDate, in.DueDate
	inv.Notes, inv.PaymentURL = strings.TrimSpace(in.Notes), strings.TrimSpace(in.PaymentURL)
	return lines, nil
}

func checkDate(v apperr.Validation, field, s string, required bool) {
	if s == "" {
		if required {
			v.Add(field, "Give the date as YYYY-MM-DD.")
		}
		return
	}
	if _, err := time.Parse(time.DateOnly, s); err != nil {
		v.Add(field, fmt.Sprintf("%q is not a date; use YYYY-MM-DD.", s))
	}
}

func checkPaymentURL(v apperr.Validation, s string) {
	if strings.TrimSpace(s) == "" {
		return
	}
	u, err := url.Parse(strings.TrimSpace(s))
	if err != nil || u.Scheme != "https" || u.Host == "" {
		v.Add("payment_url", "The payment link must be an https:// address.")
	}
}

// computeLines validates the lines and computes each line's amounts and
// the invoice's totals, once, in integer minor units.
func computeLines(v apperr.Validation, inv *model.Invoice, in []LineInput) []model.InvoiceLine {
	if len(in) == 0 || len(in) > MaxLines {
		v.Add("lines", fmt.Sprintf("An invoice needs between 1 and %d lines.", MaxLines))
		return nil
	}
	out := make([]model.InvoiceLine, 0, len(in))
	var sub, tax int64
	for i, l := range in {
		f := fmt.Sprintf("lines[%d].", i)
		qty, ok := lineQuantity(v, f, l)
		desc := strings.TrimSpace(l.Description)
		if desc == "" || utf8.RuneCountInString(desc) > 500 {
			v.Add(f+"description", "Describe the line in 1 to 500 characters.")
		}
		if l.UnitPrice > MaxUnitPrice || l.UnitPrice < -MaxUnitPrice {
			v.Add(f+"unit_price", fmt.Sprintf("The unit price must be within ±%d minor units.", MaxUnitPrice))
			ok = false
		}
		if l.TaxRateBP < 0 || l.TaxRateBP > MaxTaxRateBP {
			v.Add(f+"tax_rate_bp", "The tax rate is in basis points, from 0 to 10000 (100%).")
			ok = false
		}
		if !ok {
			continue
		}
		net, t := LineAmounts(qty, l.UnitPrice, l.TaxRateBP)
		sub, tax = sub+net, tax+t
		out = append(out, model.InvoiceLine{ID: uuid.NewString(), WorkspaceID: inv.WorkspaceID, InvoiceID: inv.ID, Position: i,
			Description: desc, QuantityMilli: qty, UnitPriceMinor: l.UnitPrice, TaxRateBP: l.TaxRateBP, NetMinor: net, TaxMinor: t})
	}
	if len(v) == 0 && sub+tax < 0 {
		v.Add("lines", "The invoice total cannot be negative.")
	}
	inv.SubtotalMinor, inv.TaxMinor, inv.TotalMinor = sub, tax, sub+tax
	return out
}

func lineQuantity(v apperr.Validation, f string, l LineInput) (int64, bool) {
	switch {
	case l.QuantityMilli != nil && l.Quantity != "":
		v.Add(f+"quantity", "Give the quantity once: either quantity or quantity_milli.")
	case l.QuantityMilli != nil:
		if *l.QuantityMilli < 0 || *l.QuantityMilli > MaxQuantityMilli {
			v.Add(f+"quantity_milli", "The quantity cannot be negative or above 1000000 units.")
			return 0, false
		}
		return *l.QuantityMilli, true
	case l.Quantity == "":
		v.Add(f+"quantity", "Give a quantity, such as 1 or 2.5.")
	default:
		q, err := ParseQuantity(l.Quantity)
		if err == nil {
			return q, true
		}
		v.Add(f+"quantity", "The quantity "+err.Error()+".")
	}
	return 0, false
}
