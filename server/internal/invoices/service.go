// Package invoices is the domain service of invoices: drafts with line
// items, totals computed once in integer minor units, issuing with a
// per-workspace number and an email to the client, payments, voiding, and
// the PDF copy.
package invoices

import (
	"context"
	"fmt"
	"sync"
	"time"

	"clientportal/shared/clock"

	"clientportal/server/internal/apperr"
	"clientportal/server/internal/i18n"
	"clientportal/server/internal/links"
	"clientportal/server/internal/model"
	"clientportal/server/internal/pdf"
	"clientportal/server/internal/store"
	"clientportal/server/internal/workspace"
)

// Service is the invoices domain service.
type Service struct {
	store      *store.Store
	workspaces *workspace.Service
	links      *links.Service
	newPages   func() (*pdf.Sealer, error)
	pagesMu    sync.Mutex
	pages      *pdf.Sealer
	now        func() time.Time
	catalog    *i18n.Catalog // every language's words, for the client's emails
}

// New returns the invoices service; newPages starts the PDF pipeline (fonts
// for every script) the first time a PDF is made.
func New(s *store.Store, ws *workspace.Service, ls *links.Service, newPages func() (*pdf.Sealer, error), clk clock.Clock) *Service {
	return &Service{store: s, workspaces: ws, links: ls, newPages: newPages, now: clock.Or(clk).Now}
}

// View is an invoice with its lines and its contact.
type View struct {
	Invoice model.Invoice
	Lines   []model.InvoiceLine
	Contact model.Contact
	Today   string // the date overdue is measured against
	// Payments are the payments and refunds recorded, oldest first (the
	// owner's views only).
	Payments []model.Payment
}

// Overdue reports whether an issued invoice is past its due date.
func (v View) Overdue() bool {
	return Payable(v.Invoice) && v.Invoice.DueDate != "" && v.Invoice.DueDate < v.Today
}

const invoiceMissing = "This invoice does not exist."

func (s *Service) today() string { return s.now().Format(time.DateOnly) }

// Get loads one invoice of the workspace for the owner.
func (s *Service) Get(ctx context.Context, workspaceID, id string) (View, error) {
	var v View
	err := s.store.View(ctx, func(tx *store.Tx) (err error) {
		v, err = s.load(tx, workspaceID, id)
		return err
	})
	return v, store.Missing(err, invoiceMissing)
}

func (s *Service) load(tx *store.Tx, workspaceID, id string) (View, error) {
	inv, err := tx.Invoices().ByID(workspaceID, id)
	if err != nil {
		return View{}, err
	}
	lines, err := tx.Invoices().Lines(workspaceID, id)
	if err != nil {
		return View{}, err
	}
	c, err := tx.Contacts().ByID(workspaceID, inv.ContactID)
	if err != nil {
		return View{}, err
	}
	ps, err := tx.Payments().ForInvoice(workspaceID, id)
	return View{Invoice: inv, Lines: lines, Contact: c, Today: s.today(), Payments: ps}, err
}

// ForClient loads an invoice the contact may see: issued to them, never a draft.
func (s *Service) ForClient(ctx context.Context, workspaceID, contactID, id string) (View, error) {
	v, err := s.Get(ctx, workspaceID, id)
	if err != nil {
		return View{}, err
	}
	if v.Invoice.ContactID != contactID || v.Invoice.Status == model.InvoiceDraft {
		return View{}, apperr.NotFoundf(invoiceMissing)
	}
	return v, nil
}

// List returns the workspace's invoices for the owner, newest first.
func (s *Service) List(ctx context.Context, workspaceID string, f model.InvoiceFilter) ([]View, error) {
	var out []View
	err := s.store.View(ctx, func(tx *store.Tx) error {
		invs, err := tx.Invoices().List(workspaceID, f)
		if err != nil {
			return err
		}
		contacts := map[string]model.Contact{}
		for _, inv := range invs {
			c, ok := contacts[inv.ContactID]
			if !ok {
				if c, err = tx.Contacts().ByID(workspaceID, inv.ContactID); err != nil {
					return err
				}
				contacts[inv.ContactID] = c
			}
			lines, err := tx.Invoices().Lines(workspaceID, inv.ID)
			if err != nil {
				return err
			}
			out = append(out, View{Invoice: inv, Lines: lines, Contact: c, Today: s.today()})
		}
		return nil
	})
	return out, err
}

// ClientList returns the invoices a contact may see (issued, paid, void),
// without their lines, newest first.
func (s *Service) ClientList(ctx context.Context, workspaceID, contactID string) ([]View, error) {
	var out []View
	err := s.store.View(ctx, func(tx *store.Tx) error {
		invs, err := tx.Invoices().List(workspaceID, model.InvoiceFilter{ContactID: contactID,
			Statuses: []string{model.InvoiceIssued, model.InvoicePartiallyPaid, model.InvoicePaid, model.InvoicePartiallyRefunded,
				model.InvoiceRefunded, model.InvoiceVoid}})
		for _, inv := range invs {
			out = append(out, View{Invoice: inv, Today: s.today()})
		}
		return err
	})
	return out, err
}

// CountUnpaid counts the contact's issued invoices not yet paid.
func (s *Service) CountUnpaid(ctx context.Context, workspaceID, contactID string) (int, error) {
	var n int
	err := s.store.View(ctx, func(tx *store.Tx) (err error) {
		n, err = tx.Invoices().CountUnpaid(workspaceID, contactID)
		return err
	})
	return n, err
}

// pipeline returns the PDF pipeline, starting it on first use.
func (s *Service) pipeline() (*pdf.Sealer, error) {
	s.pagesMu.Lock()
	defer s.pagesMu.Unlock()
	if s.pages != nil {
		return s.pages, nil
	}
	if s.newPages == nil {
		return nil, apperr.New(apperr.Unavailable, "Invoice PDFs are not available on this server.")
	}
	p, err := s.newPages()
	if err != nil {
		return nil, fmt.Errorf("start the PDF pipeline: %w", err)
	}
	s.pages = p
	return p, nil
}
