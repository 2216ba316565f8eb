package invoices

import (
	"errors"
	"fmt"

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
	amount := FormatMoney(inv.TotalMinor, inv.Currency)
	l := mail.Letter{Workspace: w, ContactID: c.ID, To: c.Email, Kind: KindIssued,
		Subject: fmt.Sprintf("Invoice %s from %s: %s", inv.Number, w.Name, amount), PortalURL: portalURL,
		Paragraphs: []string{"Hi " + c.FirstName() + ",",
			fmt.Sprintf("%s sent you invoice %s for %s, due on %s.", w.Name, inv.Number, amount, dueText(inv.DueDate)),
			fmt.Sprintf("The button logs you in and opens the invoice, where you can download it as a PDF. It works once; after that, log in at %s.", portalURL)},
		ButtonURL: portalURL + LinkPath(inv.ID, token), ButtonLabel: "View the invoice"}
	if _, err := tx.StripeAccounts().Get(w.ID); err == nil {
		// The workspace takes payments online: the button opens the invoice, with its Pay button.
		l.ButtonLabel = "Pay " + amount
		l.Paragraphs[2] = fmt.Sprintf("The button logs you in and opens the invoice, where you can pay it online by card or download it as a PDF. It works once; after that, log in at %s.", portalURL)
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
