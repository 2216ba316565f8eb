package invoices

import (
	"bytes"
	"fmt"
	htmltemplate "html/template"
	"strings"

	"clientportal/frontend"
	"clientportal/server/internal/apperr"
	"clientportal/server/internal/mail"
	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
)

// KindIssued is the kind of the email that brings the client a new invoice.
const KindIssued = "invoice"

var emailHTML = htmltemplate.Must(htmltemplate.ParseFS(frontend.Templates(), "email/message.html"))

// emailView is what the shared email layout shows.
type emailView struct {
	Subject, Workspace, Initial, Accent, AccentInk, PortalURL string
	Paragraphs                                                []string
	ButtonURL, ButtonLabel, Code                              string
}

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
	token, err := s.access.NewPageLink(tx, w, c, LinkInvoice)
	if err != nil {
		return err
	}
	amount := FormatMoney(inv.TotalMinor, inv.Currency)
	v := emailView{Subject: fmt.Sprintf("Invoice %s from %s: %s", inv.Number, w.Name, amount), Workspace: w.Name, Initial: initial(w.Name),
		Accent: w.AccentColor, AccentInk: "#ffffff", PortalURL: portalURL,
		Paragraphs: []string{"Hi " + firstName(c) + ",",
			fmt.Sprintf("%s sent you invoice %s for %s, due on %s.", w.Name, inv.Number, amount, dueText(inv.DueDate)),
			fmt.Sprintf("The button logs you in and opens the invoice, where you can download it as a PDF. It works once; after that, log in at %s.", portalURL)},
		ButtonURL: portalURL + LinkPath(inv.ID, token), ButtonLabel: "View the invoice"}
	return queue(tx, w, c, v)
}

func queue(tx *store.Tx, w model.Workspace, c model.Contact, v emailView) error {
	var buf bytes.Buffer
	if err := emailHTML.Execute(&buf, v); err != nil {
		return fmt.Errorf("render invoice email: %w", err)
	}
	text := strings.Join(v.Paragraphs, "\n\n") + "\n\n" + v.ButtonLabel + ": " + v.ButtonURL
	_, err := mail.Queue(tx, mail.Draft{WorkspaceID: w.ID, ContactID: c.ID, Kind: KindIssued, From: fmt.Sprintf("%q <no-reply@%s>", w.Name, w.SendingDomain),
		To: c.Email, Subject: v.Subject, Text: text, HTML: buf.String()})
	return err
}

func initial(name string) string {
	for _, r := range name {
		return strings.ToUpper(string(r))
	}
	return "?"
}

func firstName(c model.Contact) string {
	if f := strings.Fields(c.Name); len(f) > 0 {
		return f[0]
	}
	return "there"
}
