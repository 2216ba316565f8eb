package documents

import (
	"fmt"
	"strings"

	"clientportal/server/internal/i18n"
	"clientportal/server/internal/mail"
	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
)

// The kinds of email this service sends.
const (
	KindSignRequest = "document"
	KindCompleted   = "document_completed"
	KindDeclined    = "document_declined"
	KindReminder    = "document_reminder"
	KindVoided      = "document_voided"
)

// message is one email before it is rendered.
type message struct {
	w                   model.Workspace
	contactID, to       string
	kind, subject       string
	paragraphs          []string
	portalURL           string
	lz                  *i18n.Localizer // the contact's language of the layout; nil for the owner's English
	buttonURL, buttonLb string
}

// queue renders m in the shared layout and queues it in the caller's transaction.
func queue(tx *store.Tx, m message) error {
	d, err := mail.Letter{Workspace: m.w, ContactID: m.contactID, To: m.to, Kind: m.kind, Subject: m.subject, PortalURL: m.portalURL,
		Paragraphs: m.paragraphs, ButtonURL: m.buttonURL, ButtonLabel: m.buttonLb, Lz: m.lz}.Draft()
	if err != nil {
		return err
	}
	_, err = mail.Queue(tx, d)
	return err
}

func displayName(c model.Contact) string {
	if n := strings.TrimSpace(c.Name); n != "" {
		return n
	}
	return c.Email
}

// greeting is the first line of an email to a contact, in z's language.
func greeting(z *i18n.Localizer, c model.Contact) string {
	if strings.TrimSpace(c.Name) == "" {
		return z.T("work_email.hi_anon")
	}
	return z.T("work_email.hi", "Name", c.FirstName())
}

// signRequest is the email, in z's language, that asks the signer to sign,
// with a link that logs them in and opens the document.
func signRequest(z *i18n.Localizer, w model.Workspace, c model.Contact, d model.Document, portalURL, link string) message {
	return message{w: w, contactID: c.ID, to: c.Email, kind: KindSignRequest, portalURL: portalURL, lz: z,
		subject: z.T("work_email.sign.subject", "Workspace", w.Name, "Title", d.Title),
		paragraphs: []string{greeting(z, c),
			z.T("work_email.sign.body", "Workspace", w.Name, "Title", d.Title),
			z.T("work_email.sign.link_note", "URL", portalURL)},
		buttonURL: link, buttonLb: z.T("work_email.sign.button")}
}

// completedForSigner tells the signer, in z's language, the final copy is ready.
func completedForSigner(z *i18n.Localizer, w model.Workspace, c model.Contact, d model.Document, portalURL string) message {
	return message{w: w, contactID: c.ID, to: c.Email, kind: KindCompleted, portalURL: portalURL, lz: z,
		subject:    z.T("work_email.completed.subject", "Title", d.Title),
		paragraphs: []string{greeting(z, c), z.T("work_email.completed.body", "Title", d.Title)},
		buttonURL:  portalURL + "/documents/" + d.ID + "/download", buttonLb: z.T("work_email.completed.button")}
}

// completedForOwner tells an owner the document is signed.
func completedForOwner(w model.Workspace, owner string, c model.Contact, d model.Document, portalURL string) message {
	return message{w: w, to: owner, kind: KindCompleted, portalURL: portalURL,
		subject: fmt.Sprintf("%s signed “%s”", displayName(c), d.Title),
		paragraphs: []string{fmt.Sprintf("%s (%s) signed “%s”. The final copy is complete.", displayName(c), c.Email, d.Title),
			"Download it from the Client Portal app, or with your API token from the address below."},
		buttonURL: portalURL + "/api/v1/documents/" + d.ID + "/final", buttonLb: "Final copy (owner API)"}
}

// declinedForOwner tells an owner the signer declined, and why.
func declinedForOwner(w model.Workspace, owner string, c model.Contact, d model.Document, portalURL string) message {
	return message{w: w, to: owner, kind: KindDeclined, portalURL: portalURL,
		subject: fmt.Sprintf("%s declined to sign “%s”", displayName(c), d.Title),
		paragraphs: []string{fmt.Sprintf("%s (%s) declined to sign “%s”.", displayName(c), c.Email, d.Title),
			"Their reason: " + d.DeclineReason,
			"The document can no longer be signed. Upload a new version and send it if you want to try again."}}
}
