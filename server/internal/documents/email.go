package documents

import (
	"fmt"
	"strings"

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
	buttonURL, buttonLb string
}

// queue renders m in the shared layout and queues it in the caller's transaction.
func queue(tx *store.Tx, m message) error {
	d, err := mail.Letter{Workspace: m.w, ContactID: m.contactID, To: m.to, Kind: m.kind, Subject: m.subject, PortalURL: m.portalURL,
		Paragraphs: m.paragraphs, ButtonURL: m.buttonURL, ButtonLabel: m.buttonLb}.Draft()
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

// signRequest is the email that asks the signer to sign, with a link that
// logs them in and opens the document.
func signRequest(w model.Workspace, c model.Contact, d model.Document, portalURL, link string) message {
	return message{w: w, contactID: c.ID, to: c.Email, kind: KindSignRequest, portalURL: portalURL,
		subject: fmt.Sprintf("%s sent you “%s” to sign", w.Name, d.Title),
		paragraphs: []string{"Hi " + c.FirstName() + ",",
			fmt.Sprintf("%s sent you “%s” to review and sign in their client portal. It takes a minute, with no printing or scanning.", w.Name, d.Title),
			fmt.Sprintf("The button logs you in and opens the document. It works once; after that, log in at %s and find the document on your dashboard.", portalURL)},
		buttonURL: link, buttonLb: "Review and sign"}
}

// completedForSigner tells the signer the final copy is ready.
func completedForSigner(w model.Workspace, c model.Contact, d model.Document, portalURL string) message {
	return message{w: w, contactID: c.ID, to: c.Email, kind: KindCompleted, portalURL: portalURL,
		subject: fmt.Sprintf("Your signed copy of “%s”", d.Title),
		paragraphs: []string{"Hi " + c.FirstName() + ",",
			fmt.Sprintf("You signed “%s”. The final copy, with its certificate of completion and digital signature, is ready to download.", d.Title)},
		buttonURL: portalURL + "/documents/" + d.ID + "/download", buttonLb: "Download the signed copy"}
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
