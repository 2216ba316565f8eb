package mail

import (
	"bytes"
	"fmt"
	htmltemplate "html/template"
	"strings"

	"clientportal/frontend"
	"clientportal/server/internal/i18n"
	"clientportal/server/internal/model"
)

var letterHTML = htmltemplate.Must(htmltemplate.ParseFS(frontend.Templates(), "email/message.html"))

// Letter is an email in the workspace's look: a few paragraphs, one button
// and, for login emails, a one-time code.
type Letter struct {
	Workspace              model.Workspace
	ContactID, To, Kind    string
	Subject, PortalURL     string
	Paragraphs             []string
	ButtonURL, ButtonLabel string
	Code                   string
	// ButtonAfter, when ButtonPlaced, is how many paragraphs the HTML part
	// shows before the button (otherwise the button follows them all).
	ButtonAfter  int
	ButtonPlaced bool
	// Lz is the contact's language: the page's lang and dir, the code's
	// label and the footer; nil writes English.
	Lz *i18n.Localizer
}

type letterView struct {
	Lang, Dir, CodeLabel, Footer                              string
	Subject, Workspace, Initial, Accent, AccentInk, PortalURL string
	Paragraphs, After                                         []string
	ButtonURL, ButtonLabel, Code                              string
}

// HTML renders the letter in the shared email layout.
func (l Letter) HTML() (string, error) {
	v := letterView{Subject: l.Subject, Workspace: l.Workspace.Name, Initial: initial(l.Workspace.Name), Accent: l.Workspace.AccentColor,
		AccentInk: "#ffffff", PortalURL: l.PortalURL, Paragraphs: l.Paragraphs, ButtonURL: l.ButtonURL, ButtonLabel: l.ButtonLabel, Code: l.Code,
		Lang: "en", Dir: "ltr", CodeLabel: "Your one-time code", Footer: "Sent by " + l.Workspace.Name + " through its client portal, " + l.PortalURL}
	if z := l.Lz; z != nil {
		v.Lang, v.Dir = z.Code, z.Dir()
		v.CodeLabel = z.T("access_email.code_label")
		v.Footer = z.T("access_email.footer", "Workspace", l.Workspace.Name, "URL", l.PortalURL)
	}
	if l.ButtonPlaced && l.ButtonAfter < len(l.Paragraphs) {
		v.Paragraphs, v.After = l.Paragraphs[:l.ButtonAfter], l.Paragraphs[l.ButtonAfter:]
	}
	var buf bytes.Buffer
	if err := letterHTML.Execute(&buf, v); err != nil {
		return "", fmt.Errorf("render %s email: %w", l.Kind, err)
	}
	return buf.String(), nil
}

// Text is the plain-text part: the paragraphs, then the button's link.
func (l Letter) Text() string {
	text := strings.Join(l.Paragraphs, "\n\n")
	if l.ButtonURL != "" {
		text += "\n\n" + l.ButtonLabel + ": " + l.ButtonURL
	}
	return text
}

// Draft turns the letter into a message ready to queue.
func (l Letter) Draft() (Draft, error) {
	html, err := l.HTML()
	return Draft{WorkspaceID: l.Workspace.ID, ContactID: l.ContactID, Kind: l.Kind, From: From(l.Workspace), To: l.To,
		Subject: l.Subject, Text: l.Text(), HTML: html}, err
}

// From is the workspace's sending address: no-reply@ its sending domain.
func From(w model.Workspace) string {
	return fmt.Sprintf("%q <no-reply@%s>", w.Name, w.SendingDomain)
}

func initial(name string) string {
	for _, r := range name {
		return strings.ToUpper(string(r))
	}
	return "?"
}
