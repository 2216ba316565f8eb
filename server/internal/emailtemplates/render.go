package emailtemplates

import (
	"strings"

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
}

func (m MergeValues) apply(text string) string {
	vals := map[string]string{"contact.first_name": m.Contact.FirstName(), "contact.name": m.Contact.Name, "workspace.name": m.Workspace.Name,
		"portal.url": m.PortalURL, "portal.magic_link": m.Link, "portal.login_code": m.Code}
	return fieldPattern.ReplaceAllStringFunc(text, func(tok string) string {
		return vals[fieldPattern.FindStringSubmatch(tok)[1]]
	})
}

// Render merges a template for one contact into the text and HTML parts,
// with the button of the template's kind.
func Render(t model.EmailTemplate, m MergeValues) (subject, text, html string, err error) {
	subject = strings.ReplaceAll(m.apply(t.Subject), "\n", " ")
	text = m.apply(t.Body)
	l := mail.Letter{Workspace: m.Workspace, Kind: t.Kind, Subject: subject, PortalURL: m.PortalURL, ButtonURL: m.Link,
		ButtonLabel: buttonLabels[t.Kind], Code: m.Code}
	for _, p := range strings.Split(text, "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			l.Paragraphs = append(l.Paragraphs, p)
		}
	}
	html, err = l.HTML()
	return subject, text, html, err
}
