package documents

import (
	"bytes"
	"fmt"
	htmltemplate "html/template"
	"strings"

	"clientportal/frontend"
	"clientportal/server/internal/mail"
	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
)

// The kinds of email this service sends.
const (
	KindSignRequest = "document"
	KindCompleted   = "document_completed"
	KindDeclined    = "document_declined"
)

var emailHTML = htmltemplate.Must(htmltemplate.ParseFS(frontend.Templates(), "email/message.html"))

// emailView is what the shared email layout shows.
type emailView struct {
	Subject, Workspace, Initial, Accent, AccentInk, PortalURL string
	Paragraphs                                                []string
	ButtonURL, ButtonLabel, Code                              string
}

// message is one email before it is rendered.
type message struct {
	w                   model.Workspace
	contactID, to       string
	kind, subject       string
	paragraphs          []string
	portalURL           string
	buttonURL, buttonLb string
}

// queue renders m and queues it in the caller's transaction.
func queue(tx *store.Tx, m message) error {
	v := emailView{Subject: m.subject, Workspace: m.w.Name, Initial: initial(m.w.Name), Accent: m.w.AccentColor, AccentInk: "#ffffff",
		PortalURL: m.portalURL, Paragraphs: m.paragraphs, ButtonURL: m.buttonURL, ButtonLabel: m.buttonLb}
	var buf bytes.Buffer
	if err := emailHTML.Execute(&buf, v); err != nil {
		return fmt.Errorf("render %s email: %w", m.kind, err)
	}
	text := strings.Join(m.paragraphs, "\n\n")
	if m.buttonURL != "" {
		text += "\n\n" + m.buttonLb + ": " + m.buttonURL
	}
	_, err := mail.Queue(tx, mail.Draft{WorkspaceID: m.w.ID, ContactID: m.contactID, Kind: m.kind, From: fromAddress(m.w), To: m.to,
		Subject: m.subject, Text: text, HTML: buf.String()})
	return err
}

func fromAddress(w model.Workspace) string {
	return fmt.Sprintf("%q <no-reply@%s>", w.Name, w.SendingDomain)
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
		paragraphs: []string{"Hi " + firstName(c) + ",",
			fmt.Sprintf("%s sent you “%s” to review and sign in their client portal. It takes a minute, with no printing or scanning.", w.Name, d.Title),
			fmt.Sprintf("The button logs you in and opens the document. It works once; after that, log in at %s and find the document on your dashboard.", portalURL)},
		buttonURL: link, buttonLb: "Review and sign"}
}

// completedForSigner tells the signer the final copy is ready.
func completedForSigner(w model.Workspace, c model.Contact, d model.Document, portalURL string) message {
	return message{w: w, contactID: c.ID, to: c.Email, kind: KindCompleted, portalURL: portalURL,
		subject: fmt.Sprintf("Your signed copy of “%s”", d.Title),
		paragraphs: []string{"Hi " + firstName(c) + ",",
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
