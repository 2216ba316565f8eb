package emailtemplates

import (
	"context"
	"strings"

	"clientportal/server/internal/apperr"
	"clientportal/server/internal/customvalues"
	"clientportal/server/internal/i18n"
	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
)

// The kinds of email the owner can reword.
const (
	KindInvitation = "invitation"
	KindLogin      = "login"
)

// MergeFields are the custom values an email template may use (besides
// the workspace's contact fields, contact.fields.<key>).
var MergeFields = customvalues.Scope{}.Keys()

var defaultTemplates = map[string]model.EmailTemplate{
	KindInvitation: {Subject: "{{workspace.name}} invited you to their client portal",
		Body: "Hi {{contact.first_name}},\n\n{{workspace.name}} has invited you to their client portal, where you can see your invoices, courses, messages, community groups and the documents sent to you for signature.\n\nOpen your portal: {{portal.magic_link}}\n\nOn another device? Go to {{portal.url}}/login/code and enter the code {{portal.login_code}}."},
	KindLogin: {Subject: "Your login link for {{workspace.name}}",
		Body: "Hi {{contact.first_name}},\n\nTap the button to log in to the client portal of {{workspace.name}}: {{portal.magic_link}}\n\nOn another device? Go to {{portal.url}}/login/code and enter the code {{portal.login_code}}.\n\nThe link and the code work once. If you did not ask to log in, you can ignore this email."},
}

// Default returns the wording a kind has until the owner changes it; ok is
// false for a kind that does not exist.
func Default(kind string) (t model.EmailTemplate, ok bool) {
	t, ok = defaultTemplates[kind]
	t.Kind = kind
	return t, ok
}

// DefaultIn is the wording a kind has in a language until the owner writes
// their own for it, with the link's lifetime (ttlSecs) said in words; a nil
// localizer gives the English Default.
func DefaultIn(z *i18n.Localizer, kind string, ttlSecs int) (t model.EmailTemplate, ok bool) {
	if z == nil {
		return Default(kind)
	}
	if _, ok = defaultTemplates[kind]; !ok {
		return t, false
	}
	hi, name := z.T("access_email.hi", "Name", "{{contact.first_name}}"), "{{workspace.name}}"
	other := z.T("access_email.other_device", "URL", "{{portal.url}}/login/code", "Code", "{{portal.login_code}}")
	t = model.EmailTemplate{Kind: kind, Language: z.Code}
	switch kind {
	case KindInvitation:
		t.Subject = z.T("access_email.invitation.subject", "Workspace", name)
		t.Body = strings.Join([]string{hi, z.T("access_email.invitation.intro", "Workspace", name),
			z.T("access_email.invitation.button") + ": {{portal.magic_link}}", validity(z, ttlSecs), other}, "\n\n")
	case KindLogin:
		t.Subject = z.T("access_email.login.subject", "Workspace", name)
		t.Body = strings.Join([]string{hi, z.T("access_email.login.intro", "Workspace", name, "Link", "{{portal.magic_link}}"),
			other, validity(z, ttlSecs) + " " + z.T("access_email.login.ignore")}, "\n\n")
	}
	return t, true
}

// validity says how long a link works: in days, hours or minutes, whichever
// is the largest whole unit.
func validity(z *i18n.Localizer, ttlSecs int) string {
	switch {
	case ttlSecs >= 86400 && ttlSecs%86400 == 0:
		return z.N("access_email.valid_days", ttlSecs/86400)
	case ttlSecs >= 3600 && ttlSecs%3600 == 0:
		return z.N("access_email.valid_hours", ttlSecs/3600)
	}
	return z.N("access_email.valid_minutes", max(1, (ttlSecs+59)/60))
}

// errNoKind answers a template kind that does not exist.
func errNoKind(kind string) error {
	return apperr.NotFoundf("There is no email template %q; use invitation or login.", kind)
}

// LoadIn returns the owner's wording of kind in a language, or that
// language's default (from the catalogue; English without one) when the
// owner wrote none for it.
func LoadIn(tx *store.Tx, c *i18n.Catalog, w model.Workspace, kind, lang string) (model.EmailTemplate, error) {
	t, ok, err := tx.EmailTemplates().Get(w.ID, kind, lang)
	if err == nil && !ok {
		t, _ = DefaultIn(localizer(c, lang), kind, w.LoginEmailTTLSecs)
		t.WorkspaceID, t.Language = w.ID, lang
	}
	return t, err
}

// localizer is a language's localizer, or nil without a catalogue.
func localizer(c *i18n.Catalog, lang string) *i18n.Localizer {
	if c == nil {
		return nil
	}
	return c.For(lang)
}

// checkTemplate refuses unknown custom values and stray braces, per field;
// fields are the keys of the workspace's contact fields.
func checkTemplate(subject, body string, fields []string) error {
	v := apperr.Validation{}
	scope := customvalues.Scope{Fields: fields}
	for name, text := range map[string]string{"subject": subject, "body": body} {
		if why := scope.Problem(text); why != "" {
			v.Add(name, why)
		}
	}
	if strings.TrimSpace(subject) == "" {
		v.Add("subject", "Write a subject line.")
	}
	if len(subject) > 300 || len(body) > 20000 {
		v.Add("body", "Keep the subject under 300 and the body under 20,000 characters.")
	}
	return v.Err()
}

// fieldKeys lists the keys of the workspace's contact fields.
func fieldKeys(tx *store.Tx, workspaceID string) ([]string, error) {
	fs, err := tx.ContactFields().List(workspaceID)
	keys := make([]string, len(fs))
	for i, f := range fs {
		keys[i] = f.Key
	}
	return keys, err
}

// Get returns the owner's wording of a kind in a language ("" is the
// workspace's default language), or that language's default.
func (s *Service) Get(ctx context.Context, workspaceID, kind, language string) (model.EmailTemplate, error) {
	if _, ok := Default(kind); !ok {
		return model.EmailTemplate{}, errNoKind(kind)
	}
	var t model.EmailTemplate
	err := s.store.View(ctx, func(tx *store.Tx) error {
		w, lang, err := languageOf(tx, workspaceID, language)
		if err != nil {
			return err
		}
		t, err = LoadIn(tx, s.catalog, w, kind, lang)
		return err
	})
	return t, err
}

// languageOf checks a language code the owner sent and loads the
// workspace; "" is the workspace's default language.
func languageOf(tx *store.Tx, workspaceID, language string) (model.Workspace, string, error) {
	lang, err := i18n.Parse(language)
	if err != nil {
		return model.Workspace{}, "", &apperr.Error{Kind: apperr.Invalid, Message: "Some fields need attention.", Fields: map[string]string{"language": err.Error()}}
	}
	w, err := tx.Workspaces().ByID(workspaceID)
	if lang == "" {
		lang = i18n.Choose("", "", w.Language)
	}
	return w, lang, err
}

// Save stores the owner's wording of a kind in a language ("" is the
// workspace's default language) after checking its merge fields.
func (s *Service) Save(ctx context.Context, workspaceID, kind, language, subject, body string) (model.EmailTemplate, error) {
	if _, ok := Default(kind); !ok {
		return model.EmailTemplate{}, errNoKind(kind)
	}
	var fields []string
	var lang string
	if err := s.store.View(ctx, func(tx *store.Tx) (err error) {
		if _, lang, err = languageOf(tx, workspaceID, language); err != nil {
			return err
		}
		fields, err = fieldKeys(tx, workspaceID)
		return err
	}); err != nil {
		return model.EmailTemplate{}, err
	}
	if err := checkTemplate(subject, body, fields); err != nil {
		return model.EmailTemplate{}, err
	}
	t := model.EmailTemplate{WorkspaceID: workspaceID, Kind: kind, Language: lang, Subject: strings.TrimSpace(subject), Body: body, UpdatedAt: s.now()}
	err := s.store.InTx(ctx, func(tx *store.Tx) error { return tx.EmailTemplates().Save(&t) })
	return t, err
}
