package emailtemplates

import (
	"strings"

	"clientportal/server/internal/customvalues"
	"clientportal/server/internal/i18n"
	"clientportal/server/internal/mail"
	"clientportal/server/internal/model"
)

// buttonLabels are the call to action of each email kind.
var buttonLabels = map[string]string{KindInvitation: "Open your portal", KindLogin: "Log in to the portal"}

// MergeValues are one contact's custom values at send time.
type MergeValues struct {
	Contact   model.Contact
	Workspace model.Workspace
	PortalURL string
	Link      string
	Code      string
	// Lz is the contact's language: the button's label and the email's
	// frame; nil writes English.
	Lz *i18n.Localizer
}

// buttonLabel is the call to action of a kind in the email's language.
func (m MergeValues) buttonLabel(kind string) string {
	if m.Lz == nil {
		return buttonLabels[kind]
	}
	if kind == KindLogin {
		return m.Lz.T("access_email.login.button")
	}
	return m.Lz.T("access_email.invitation.button")
}

func (m MergeValues) apply(text string) string {
	src := customvalues.Source{Contact: m.Contact, Workspace: m.Workspace, PortalURL: m.PortalURL,
		MagicLink: func() (string, string, error) { return m.Link, m.Code, nil }}
	out, _ := src.Resolve(text) // the link and code are already made: nothing can fail
	return out
}

// Render merges a template for one contact into the text and HTML parts,
// with the button of the template's kind.
func Render(t model.EmailTemplate, m MergeValues) (subject, text, html string, err error) {
	subject = strings.ReplaceAll(m.apply(t.Subject), "\n", " ")
	text = m.apply(t.Body)
	l := mail.Letter{Workspace: m.Workspace, Kind: t.Kind, Subject: subject, PortalURL: m.PortalURL, ButtonURL: m.Link,
		ButtonLabel: m.buttonLabel(t.Kind), Code: m.Code, Lz: m.Lz}
	for _, p := range strings.Split(text, "\n\n") {
		switch p = strings.TrimSpace(p); {
		case p == "":
		case m.Link != "" && strings.Contains(p, m.Link):
			// The button takes the link's place in the HTML part (the long link
			// is not printed a second time, nor stretches a phone's width); the
			// words around it stay, unless they only repeat the button's label.
			if words := strings.Trim(strings.ReplaceAll(p, m.Link, ""), " :.-–—"); words != "" && !strings.EqualFold(words, l.ButtonLabel) {
				l.Paragraphs = append(l.Paragraphs, words)
			}
			if !l.ButtonPlaced {
				l.ButtonAfter, l.ButtonPlaced = len(l.Paragraphs), true
			}
		default:
			if m.Code != "" && strings.Contains(p, m.Code) {
				l.Code = "" // the wording gives the code already
			}
			l.Paragraphs = append(l.Paragraphs, p)
		}
	}
	html, err = l.HTML()
	return subject, text, html, err
}
