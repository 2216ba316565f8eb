package links

import (
	"fmt"
	"time"

	"clientportal/server/internal/emailtemplates"
	"clientportal/server/internal/i18n"
	"clientportal/server/internal/mail"
	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
)

// SendInvitation queues the invitation email to c, with a fresh link and
// code, in the caller's transaction.
func (s *Service) SendInvitation(tx *store.Tx, w model.Workspace, c model.Contact) error {
	_, err := s.sendLinkEmail(tx, w, c, emailtemplates.KindInvitation)
	return err
}

// linkPurposes are the login link purpose of each email kind.
var linkPurposes = map[string]string{emailtemplates.KindInvitation: model.LinkInvite, emailtemplates.KindLogin: model.LinkLoginEmail}

// sendLinkEmail makes a fresh link and code for c and queues the email of
// kind, worded by the owner's template, in the caller's transaction.
func (s *Service) sendLinkEmail(tx *store.Tx, w model.Workspace, c model.Contact, kind string) (model.Email, error) {
	lang := i18n.Choose(c.Language, "", w.Language)
	t, err := emailtemplates.LoadIn(tx, s.catalog, w, kind, lang)
	if err != nil {
		return model.Email{}, err
	}
	sent, err := tx.LoginLinks().CodesSince(w.ID, c.ID, s.now().Add(-24*time.Hour))
	if err != nil {
		return model.Email{}, err
	}
	l := s.newLink(c, linkPurposes[kind], time.Duration(w.LoginEmailTTLSecs)*time.Second, sent < MaxCodesPerDay, s.now())
	if err := tx.LoginLinks().Create(&l.Link); err != nil {
		return model.Email{}, err
	}
	portalURL, err := s.portalURL(tx, w)
	if err != nil {
		return model.Email{}, err
	}
	m := emailtemplates.MergeValues{Contact: c, Workspace: w, PortalURL: portalURL, Link: linkURL(portalURL, l.Token), Code: l.Code}
	if s.catalog != nil {
		m.Lz = s.catalog.For(lang)
	}
	if l.Code == "" {
		m.Code = noCodeToday
		if m.Lz != nil {
			m.Code = m.Lz.T("access_email.no_code_today")
		}
	}
	subject, text, html, err := emailtemplates.Render(t, m)
	if err != nil {
		return model.Email{}, err
	}
	es, err := mail.Queue(tx, mail.Draft{WorkspaceID: w.ID, ContactID: c.ID, Kind: kind, From: mail.From(w), To: c.Email,
		Subject: subject, Text: text, HTML: html})
	if err != nil {
		return model.Email{}, fmt.Errorf("queue %s email to %s: %w", kind, c.ID, err)
	}
	return es[0], nil
}

// noCodeToday stands where a code would be once a contact has been sent
// MaxCodesPerDay codes: each code can be guessed a few times, so the codes
// a day are capped; the link still works.
const noCodeToday = "(no code in this email: too many were sent today, so use the link)"
