package texts

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
	"clientportal/shared/sms"
)

// DefaultTemplate is the login link text until the owner rewords it. With
// a workspace name of up to 20 characters it fits one GSM-7 segment.
const DefaultTemplate = "{{workspace.name}}: your portal login link, valid {{link.minutes}} min: {{portal.magic_link}} Reply STOP to opt out."

// codeTemplate is the text of a login code the client asked for.
const codeTemplate = "{{workspace.name}}: your login code is {{portal.login_code}}, valid {{link.minutes}} min. Reply STOP to opt out."

// fieldPattern finds the {{ custom values }} of a template.
var fieldPattern = regexp.MustCompile(`\{\{\s*([^{}]*?)\s*\}\}`)

// textFields are the custom values a text may hold.
var textFields = []string{"workspace.name", "contact.first_name", "contact.name", "link.minutes", "portal.magic_link", "portal.login_code"}

// values are one text's custom values.
type values struct {
	Workspace model.Workspace
	Contact   model.Contact
	Link      string
	Code      string
	TTL       time.Duration
	// Fallback is the wording used when the text grows past one segment:
	// the default in the contact's language (DefaultTemplate when empty).
	Fallback string
}

func (v values) fields() map[string]string {
	return map[string]string{"workspace.name": v.Workspace.Name, "contact.first_name": v.Contact.FirstName(), "contact.name": v.Contact.Name,
		"link.minutes": strconv.Itoa(int(v.TTL.Minutes())), "portal.magic_link": v.Link, "portal.login_code": v.Code}
}

func (v values) apply(t string) string {
	vals := v.fields()
	return strings.TrimSpace(fieldPattern.ReplaceAllStringFunc(t, func(tok string) string { return vals[fieldPattern.FindStringSubmatch(tok)[1]] }))
}

func unknownFields(t string) string {
	for _, m := range fieldPattern.FindAllStringSubmatch(t, -1) {
		known := false
		for _, f := range textFields {
			known = known || f == m[1]
		}
		if !known {
			return m[1]
		}
	}
	return ""
}

func templateOf(ts model.TextSettings) string {
	if ts.Template == "" {
		return DefaultTemplate
	}
	return ts.Template
}

// sampleLink is as long as a real texted link on the portal URL.
func sampleLink(portalURL string) string { return portalURL + "/l/" + strings.Repeat("x", 22) }

// sampleText renders t for a sample contact, as the owner's preview.
func sampleText(t string, w model.Workspace, portalURL string) string {
	return sampleValues(w, portalURL).apply(t)
}

func sampleValues(w model.Workspace, portalURL string) values {
	return values{Workspace: w, Contact: model.Contact{Name: "Alexandra Smith"}, Link: sampleLink(portalURL), Code: "123456",
		TTL: time.Duration(w.MagicLinkTTLSecs) * time.Second}
}

// renderOneSegment renders the text of t for v, and keeps it to one
// segment: when the owner's wording grows past one (a long name), the
// default wording is used, and a long workspace name is shortened if even
// that does not fit. A name outside the GSM alphabet is kept whole: no
// shortening brings UCS-2 text to one segment without mangling it.
func renderOneSegment(t string, v values) string {
	if body := v.apply(t); sms.CountOf(body).Segments <= 1 {
		return body
	}
	switch {
	case v.Fallback != "":
		t = v.Fallback
	case t != codeTemplate:
		t = DefaultTemplate
	}
	body := v.apply(t)
	for name := []rune(v.Workspace.Name); fitsByShortening(body) && len(name) > 1; body = v.apply(t) {
		name = name[:len(name)-1]
		v.Workspace.Name = string(name)
	}
	return body
}

func fitsByShortening(body string) bool {
	c := sms.CountOf(body)
	return c.Segments > 1 && c.Encoding == "GSM-7"
}

func (s *Service) portalURL(tx *store.Tx, w model.Workspace) (string, error) {
	ds, err := tx.Domains().List(w.ID)
	return s.workspaces.URLFor(w, ds), err
}
