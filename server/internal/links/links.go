package links

import (
	"context"
	"errors"
	"time"

	"github.com/google/uuid"

	"clientportal/server/internal/apperr"
	"clientportal/server/internal/model"
	"clientportal/server/internal/secure"
	"clientportal/server/internal/sessions"
	"clientportal/server/internal/store"
)

// issuedLink is a freshly made link: the clear token and code exist only here.
type issuedLink struct {
	Link  model.LoginLink
	Token string
	Code  string
}

// newLink makes a one-time link for a contact; withCode adds a 6-digit code.
func (s *Service) newLink(c model.Contact, purpose string, ttl time.Duration, withCode bool, now time.Time) issuedLink {
	token := secure.NewToken("")
	l := model.LoginLink{ID: uuid.NewString(), WorkspaceID: c.WorkspaceID, ContactID: c.ID, Purpose: purpose,
		TokenHash: secure.Hash(token), ExpiresAt: now.Add(ttl), CreatedAt: now}
	out := issuedLink{Link: l, Token: token}
	if withCode {
		out.Code = secure.NewCode(CodeDigits)
		out.Link.CodeHash = s.codeHash(l.ID, out.Code)
	}
	return out
}

// codeHash keys the code with the server key and salts it with its link
// id: without PORTAL_SECRET_KEY a stored hash does not give the code back,
// however few its digits (a plain SHA-256 of six digits takes a million
// guesses). Rotating the server key ends the codes in flight.
func (s *Service) codeHash(linkID, code string) []byte {
	return s.store.Sealer().MAC("login-code", []byte(linkID+":"+code))
}

// linkURL is the address of a link on the workspace's current portal URL.
func linkURL(portalURL, token string) string { return portalURL + "/login/magic/" + token }

// NewMagicLink makes a short-lived link for one contact (the owner's action).
func (s *Service) NewMagicLink(ctx context.Context, workspaceID, contactID string) (url string, expires time.Time, err error) {
	err = s.store.InTx(ctx, func(tx *store.Tx) error {
		w, err := tx.Workspaces().ByID(workspaceID)
		if err != nil {
			return err
		}
		c, err := tx.Contacts().ByID(workspaceID, contactID)
		if err != nil {
			return err
		}
		if c.AccessRevokedAt != nil {
			return apperr.New(apperr.Conflict, "This contact's access was revoked; invite them again to restore it.")
		}
		l := s.newLink(c, model.LinkMagic, time.Duration(w.MagicLinkTTLSecs)*time.Second, false, s.now())
		if err := tx.LoginLinks().Create(&l.Link); err != nil {
			return err
		}
		portalURL, err := s.portalURL(tx, w)
		url, expires = linkURL(portalURL, l.Token), l.Link.ExpiresAt
		return err
	})
	return url, expires, store.Missing(err, contactMissing)
}

func (s *Service) portalURL(tx *store.Tx, w model.Workspace) (string, error) {
	ds, err := tx.Domains().List(w.ID)
	return s.workspaces.URLFor(w, ds), err
}

// LinkState is what the one-click page may say about a link.
type LinkState struct {
	Valid   bool
	Contact model.Contact // set only when Valid
}

// Inspect looks at a link without using it, so mail scanners that fetch
// it change nothing. Used, expired, revoked and unknown links look alike.
func (s *Service) Inspect(ctx context.Context, workspaceID, token string) (LinkState, error) {
	var st LinkState
	err := s.store.View(ctx, func(tx *store.Tx) error {
		l, err := tx.LoginLinks().ByTokenHash(workspaceID, secure.Hash(token))
		if err != nil || l.UsedAt != nil || !l.ExpiresAt.After(s.now()) {
			return ignoreNotFound(err)
		}
		c, err := tx.Contacts().ByID(workspaceID, l.ContactID)
		if err != nil || c.AccessRevokedAt != nil {
			return ignoreNotFound(err)
		}
		st = LinkState{Valid: true, Contact: c}
		return nil
	})
	return st, err
}

// errLinkDead is the one answer for every link that cannot log in.
var errLinkDead = apperr.New(apperr.Unauthorized, "This login link is no longer valid.")

// Consume uses a link once and starts a session for its contact.
func (s *Service) Consume(ctx context.Context, workspaceID, token string, meta sessions.ClientMeta) (sessions.NewSession, error) {
	var out sessions.NewSession
	err := s.store.InTx(ctx, func(tx *store.Tx) error {
		l, err := tx.LoginLinks().ByTokenHash(workspaceID, secure.Hash(token))
		if err != nil {
			return errLinkDead
		}
		if ok, err := tx.LoginLinks().Use(l.ID, s.now()); err != nil || !ok {
			return firstErr(err, errLinkDead)
		}
		out, err = s.sessions.Start(tx, workspaceID, l.ContactID, meta)
		return err
	})
	return out, err
}

func ignoreNotFound(err error) error {
	if apperr.Is(err, apperr.NotFound) || errors.Is(err, store.ErrNotFound) {
		return nil
	}
	return err
}

func firstErr(errs ...error) error {
	for _, e := range errs {
		if e != nil {
			return e
		}
	}
	return nil
}
