package emailtemplates

import (
	"context"
	"strings"

	"clientportal/server/internal/apperr"
	"clientportal/server/internal/customvalues"
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

// errNoKind answers a template kind that does not exist.
func errNoKind(kind string) error {
	return apperr.NotFoundf("There is no email template %q; use invitation or login.", kind)
}

// Load returns the owner's wording of kind in the caller's transaction, or
// the default when they kept it.
func Load(tx *store.Tx, workspaceID, kind string) (model.EmailTemplate, error) {
	t, ok, err := tx.EmailTemplates().Get(workspaceID, kind)
	if err == nil && !ok {
		t, _ = Default(kind)
		t.WorkspaceID = workspaceID
	}
	return t, err
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

// Get returns the owner's wording of a kind, or the default.
func (s *Service) Get(ctx context.Context, workspaceID, kind string) (model.EmailTemplate, error) {
	if _, ok := Default(kind); !ok {
		return model.EmailTemplate{}, errNoKind(kind)
	}
	var t model.EmailTemplate
	err := s.store.View(ctx, func(tx *store.Tx) (err error) {
		t, err = Load(tx, workspaceID, kind)
		return err
	})
	return t, err
}

// Save stores the owner's wording after checking its merge fields.
func (s *Service) Save(ctx context.Context, workspaceID, kind, subject, body string) (model.EmailTemplate, error) {
	if _, ok := Default(kind); !ok {
		return model.EmailTemplate{}, errNoKind(kind)
	}
	var fields []string
	if err := s.store.View(ctx, func(tx *store.Tx) (err error) { fields, err = fieldKeys(tx, workspaceID); return err }); err != nil {
		return model.EmailTemplate{}, err
	}
	if err := checkTemplate(subject, body, fields); err != nil {
		return model.EmailTemplate{}, err
	}
	t := model.EmailTemplate{WorkspaceID: workspaceID, Kind: kind, Subject: strings.TrimSpace(subject), Body: body, UpdatedAt: s.now()}
	err := s.store.InTx(ctx, func(tx *store.Tx) error { return tx.EmailTemplates().Save(&t) })
	return t, err
}
