package access

import (
	"context"
	"errors"
	"time"

	"github.com/google/uuid"

	"clientportal/server/internal/apperr"
	"clientportal/server/internal/events"
	"clientportal/server/internal/model"
	"clientportal/server/internal/secure"
	"clientportal/server/internal/store"
)

// ClientMeta describes the browser a client logs in from.
type ClientMeta struct {
	IP, UserAgent string
	OldSession    string // the token of a session to end (rotated at login)
}

// NewSession is a started session; Token goes in the cookie and nowhere else.
type NewSession struct {
	Session model.Session
	Token   string
	Contact model.Contact
}

// login starts a session, records the login and, the first time, the join.
func (s *Service) login(tx *store.Tx, workspaceID, contactID string, meta ClientMeta) (NewSession, error) {
	c, err := tx.Contacts().ByID(workspaceID, contactID)
	if err != nil {
		return NewSession{}, err
	}
	if c.AccessRevokedAt != nil {
		return NewSession{}, errLinkDead
	}
	now := s.now()
	if meta.OldSession != "" {
		if old, err := tx.Sessions().Live(workspaceID, secure.Hash(meta.OldSession), now); err == nil {
			_ = tx.Sessions().Revoke(workspaceID, old.ID, now)
		}
	}
	joined, err := tx.Contacts().MarkLoggedIn(workspaceID, contactID, now)
	if err != nil {
		return NewSession{}, err
	}
	if joined {
		if err := joinedEffects(tx, c); err != nil {
			return NewSession{}, err
		}
	}
	token := secure.NewToken("")
	sess := model.Session{ID: uuid.NewString(), WorkspaceID: workspaceID, ContactID: contactID, TokenHash: secure.Hash(token),
		CreatedAt: now, LastSeenAt: now, ExpiresAt: now.Add(s.SessionMax), IP: meta.IP, UserAgent: truncate(meta.UserAgent, 300)}
	return NewSession{Session: sess, Token: token, Contact: c}, tx.Sessions().Create(&sess)
}

func joinedEffects(tx *store.Tx, c model.Contact) error {
	if err := tx.Workspaces().AddCounts(c.WorkspaceID, 0, 1); err != nil {
		return err
	}
	return events.Emit(tx, c.WorkspaceID, model.EventContactJoined, map[string]any{"contact_id": c.ID, "name": c.Name, "email": c.Email})
}

// errNoSession is returned when the cookie does not stand for a live session.
var errNoSession = apperr.New(apperr.Unauthorized, "Please log in to continue.")

// SessionFor returns the live session and contact of a cookie token; idle
// sessions and revoked contacts are refused.
func (s *Service) SessionFor(ctx context.Context, workspaceID, token string) (model.Session, model.Contact, error) {
	var (
		sess model.Session
		c    model.Contact
	)
	now := s.now()
	err := s.store.View(ctx, func(tx *store.Tx) (err error) {
		if sess, err = tx.Sessions().Live(workspaceID, secure.Hash(token), now); err != nil {
			return sessionMiss(err)
		}
		if now.Sub(sess.LastSeenAt) > s.SessionIdle {
			return errNoSession
		}
		if c, err = tx.Contacts().ByID(workspaceID, sess.ContactID); err != nil {
			return sessionMiss(err)
		}
		if c.AccessRevokedAt != nil {
			return errNoSession
		}
		return nil
	})
	if err == nil && now.Sub(sess.LastSeenAt) > time.Minute {
		err = s.store.InTx(ctx, func(tx *store.Tx) error { return tx.Sessions().Touch(sess.ID, now) })
	}
	return sess, c, err
}

// Logout ends one session.
func (s *Service) Logout(ctx context.Context, workspaceID, sessionID string) error {
	return s.store.InTx(ctx, func(tx *store.Tx) error { return tx.Sessions().Revoke(workspaceID, sessionID, s.now()) })
}

// LogoutEverywhere ends every session of the contact.
func (s *Service) LogoutEverywhere(ctx context.Context, workspaceID, contactID string) error {
	return s.store.InTx(ctx, func(tx *store.Tx) error { return tx.Sessions().RevokeForContact(workspaceID, contactID, s.now()) })
}

// RevokeAccess shuts a contact out: sessions, links and open event streams
// end at once.
func (s *Service) RevokeAccess(ctx context.Context, workspaceID, contactID string) error {
	now := s.now()
	err := s.store.InTx(ctx, func(tx *store.Tx) error {
		if _, err := tx.Contacts().ByID(workspaceID, contactID); err != nil {
			return err
		}
		if err := tx.Contacts().Update(workspaceID, contactID, map[string]any{"access_revoked_at": now}); err != nil {
			return err
		}
		if err := tx.LoginLinks().RevokeForContact(workspaceID, contactID, now); err != nil {
			return err
		}
		if err := tx.Sessions().RevokeForContact(workspaceID, contactID, now); err != nil {
			return err
		}
		// Open pages of the contact end their event streams on this event.
		return events.Emit(tx, workspaceID, model.EventContactAccessRevoked, map[string]any{"contact_id": contactID})
	})
	return store.Missing(err, contactMissing)
}

func isStoreNotFound(err error) bool { return errors.Is(err, store.ErrNotFound) }

// truncate keeps at most n characters (never cutting one in half).
func truncate(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n])
	}
	return s
}

// errStoreDown answers a session check the database could not make: the
// session is not ended by it, the client is asked to try again.
var errStoreDown = apperr.New(apperr.Unavailable, "The portal cannot reach its database just now; try again in a moment.")

// sessionMiss ends the session only when it or its contact does not exist;
// any other failure (the database is down) leaves it alone.
func sessionMiss(err error) error {
	if errors.Is(err, store.ErrNotFound) {
		return errNoSession
	}
	return apperr.Wrap(errStoreDown.Kind, err, "%s", errStoreDown.Message)
}
