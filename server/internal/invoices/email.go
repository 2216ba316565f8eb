package invoices

import (
	"errors"

	"clientportal/server/internal/apperr"
	"clientportal/server/internal/mail"
	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
)

// KindIssued is the kind of the email that brings the client a new invoice.
const KindIssued = "invoice"

// emailIssued queues the email that tells the client about a new invoice,
// with a one-time link that logs them in and opens it.
func (s *Service) emailIssued(tx *store.Tx, inv model.Invoice) error {
	w, err := tx.Workspaces().ByID(inv.WorkspaceID)
	if err != nil {
		return err
	}
	c, err := tx.Contacts().ByID(inv.WorkspaceID, inv.ContactID)
	if err != nil {
		return err
	}
	if c.AccessRevokedAt != nil {
		return apperr.New(apperr.Conflict, "This contact's portal access is revoked; invite them again before issuing.")
	}
	ds, err := tx.Domains().List(w.ID)
	if err != nil {
		return err
	}
	portalURL := s.workspaces.URLFor(w, ds)
	token, err := s.links.NewPageLink(tx, w, c, LinkInvoice)
	if err != nil {
		return err
	}
	z := s.wordsFor(w, c)
	amount := z.Money(inv.TotalMinor, inv.Currency)
	l := mail.Letter{Workspace: w, ContactID: c.ID, To: c.Email, Kind: KindIssued, Lz: z,
		Subject: z.T("work_email.invoice.subject", "Number", inv.Number, "Workspace", w.Name, "Amount", amount), PortalURL: portalURL,
		Paragraphs: []string{greeting(z, c),
			z.T("work_email.invoice.body", "Workspace", w.Name, "Number", inv.Number, "Amount", amount, "Due", dueDay(z, inv.DueDate)),
			z.T("work_email.invoice.link_note", "URL", portalURL)},
		ButtonURL: portalURL + LinkPath(inv.ID, token), ButtonLabel: z.T("work_email.invoice.button")}
	if _, err := tx.StripeAccounts().Get(w.ID); err == nil {
		// The workspace takes payments online: the button opens the invoice, with its Pay button.
		l.ButtonLabel = z.T("work_email.invoice.pay_button", "Amount", amount)
		l.Paragraphs[2] = z.T("work_email.invoice.pay_note", "URL", portalURL)
	} else if !errors.Is(err, store.ErrNotFound) {
		return err
	}
	d, err := l.Draft()
	if err != nil {
		return err
	}
	_, err = mail.Queue(tx, d)
	return err
}
