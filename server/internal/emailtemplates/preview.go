package emailtemplates

import (
	"context"

	"clientportal/server/internal/apperr"
	"clientportal/server/internal/i18n"
	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
)

// Preview is an email as one contact would receive it.
type Preview struct {
	Subject, Text, HTML string
}

// Preview renders unsaved wording for one contact, with a sample link and
// code (nothing is created or sent), in language ("" is the contact's own:
// their choice, else the workspace's default).
func (s *Service) Preview(ctx context.Context, workspaceID, kind, contactID, language, subject, body string) (Preview, error) {
	if _, ok := Default(kind); !ok {
		return Preview{}, errNoKind(kind)
	}
	var m MergeValues
	var fields []string
	err := s.store.View(ctx, func(tx *store.Tx) (err error) {
		if fields, err = fieldKeys(tx, workspaceID); err != nil {
			return err
		}
		if m.Workspace, err = tx.Workspaces().ByID(workspaceID); err != nil {
			return err
		}
		if m.Contact, err = tx.Contacts().ByID(workspaceID, contactID); err != nil {
			return err
		}
		m.PortalURL, err = s.portalURL(tx, m.Workspace)
		return err
	})
	if err != nil {
		return Preview{}, store.Missing(err, contactMissing)
	}
	if err := checkTemplate(subject, body, fields); err != nil {
		return Preview{}, err
	}
	lang, err := i18n.Parse(language)
	if err != nil {
		return Preview{}, &apperr.Error{Kind: apperr.Invalid, Message: "Some fields need attention.", Fields: map[string]string{"language": err.Error()}}
	}
	m.Lz = localizer(s.catalog, i18n.Choose(lang, "", i18n.Choose(m.Contact.Language, "", m.Workspace.Language)))
	m.Link, m.Code = m.PortalURL+"/login/magic/sample-link-for-preview", "123456"
	t := model.EmailTemplate{Kind: kind, Subject: subject, Body: body}
	var p Preview
	p.Subject, p.Text, p.HTML, err = Render(t, m)
	return p, err
}

// portalURL is the workspace's current portal address.
func (s *Service) portalURL(tx *store.Tx, w model.Workspace) (string, error) {
	ds, err := tx.Domains().List(w.ID)
	return s.workspaces.URLFor(w, ds), err
}
