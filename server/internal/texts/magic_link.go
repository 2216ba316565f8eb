package texts

import (
	"context"
	"time"

	"clientportal/server/internal/apperr"
	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
)

// TextedLink is a magic link the owner had texted to a contact.
type TextedLink struct {
	URL       string
	ExpiresAt time.Time
	TextID    string
}

// SendMagicLink texts one contact a fresh magic link (the owner's "Text
// magic link").
func (s *Service) SendMagicLink(ctx context.Context, workspaceID, contactID string) (TextedLink, error) {
	var out TextedLink
	err := s.store.InTx(ctx, func(tx *store.Tx) error {
		c, err := tx.Contacts().ByID(workspaceID, contactID)
		if err != nil {
			return err
		}
		if err := textable(c); err != nil {
			return err
		}
		w, err := tx.Workspaces().ByID(workspaceID)
		if err != nil {
			return err
		}
		ts, err := tx.TextSettingsOf(workspaceID)
		if err != nil {
			return err
		}
		if err := s.checkLimits(tx, ts, []string{c.ID}); err != nil {
			return err
		}
		l, err := s.links.NewTextLink(tx, w, c, false)
		if err != nil {
			return err
		}
		tpl, fallback := s.linkTextFor(ts, w, c)
		body := renderOneSegment(tpl, values{Workspace: w, Contact: c, Link: l.URL, TTL: time.Duration(w.MagicLinkTTLSecs) * time.Second, Fallback: fallback})
		t := newText(c, model.TextMagicLink, "", body, s.now())
		out = TextedLink{URL: l.URL, ExpiresAt: l.ExpiresAt, TextID: t.ID}
		return queue(tx, t)
	})
	return out, store.Missing(err, contactMissing)
}

// textable says why a contact cannot be texted, or nil.
func textable(c model.Contact) error {
	switch {
	case c.Phone == "":
		return apperr.Validation{"phone": "This contact has no phone number to text."}.Err()
	case c.SMSOptOut:
		return apperr.New(apperr.Conflict, "This contact replied STOP to our texts; they are texted again only after they reply START.")
	case c.AccessRevokedAt != nil:
		return apperr.New(apperr.Conflict, "This contact's access was revoked; invite them again to restore it.")
	}
	return nil
}

// QueueLoginText texts c a login link in the caller's transaction, worded
// by the workspace's template, for other services (a workflow's sms step).
// It refuses a contact without a phone, opted out or shut out, and keeps
// to the hourly limits.
func (s *Service) QueueLoginText(tx *store.Tx, c model.Contact) error {
	if err := textable(c); err != nil {
		return err
	}
	return s.queueLinkTexts(tx, c.WorkspaceID, "", model.TextLoginLink, []model.Contact{c})
}
