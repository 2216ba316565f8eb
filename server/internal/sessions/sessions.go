package sessions

import (
	"context"
	"errors"
	"time"

	"clientportal/server/internal/apperr"
	"clientportal/server/internal/model"
	"clientportal/server/internal/secure"
	"clientportal/server/internal/store"
)

// errNoSession is returned when the cookie does not stand for a live session.
var errNoSession = apperr.New(apperr.Unauthorized, "Please log in to continue.")

// For returns the live session and contact of a cookie token; idle
// sessions and revoked contacts are refused.
func (s *Service) For(ctx context.Context, workspaceID, token string) (model.Session, model.Contact, error) {
	now := s.now()
	hash := secure.Hash(token)
	key := workspaceID + "/" + string(hash)
	mark := s.live.Since()
	l, cached := s.live.Get(key)
	if !cached {
		err := s.store.View(ctx, func(tx *store.Tx) (err error) {
			if l.session, l.contact, err = tx.Sessions().LiveWithContact(workspaceID, hash, now); err != nil {
				return sessionMiss(err)
			}
			return nil
		})
		if err != nil {
			return model.Session{}, model.Contact{}, err
		}
	}
	sess, c := l.session, l.contact
	if !now.Before(sess.ExpiresAt) || now.Sub(sess.LastSeenAt) > s.SessionIdle || c.AccessRevokedAt != nil || sess.RevokedAt != nil {
		return model.Session{}, model.Contact{}, errNoSession
	}
	if now.Sub(sess.LastSeenAt) > time.Minute {
		if err := s.store.InTx(ctx, func(tx *store.Tx) error { return tx.Sessions().Touch(sess.ID, now) }); err != nil {
			return sess, c, err
		}
		sess.LastSeenAt = now
		l.session = sess
	}
	if !cached || l.session.LastSeenAt.Equal(now) {
		s.live.PutSince(mark, key, l)
	}
	return sess, c, nil
}

// Logout ends one session.
func (s *Service) Logout(ctx context.Context, workspaceID, sessionID string) error {
	return s.store.InTx(ctx, func(tx *store.Tx) error { return tx.Sessions().Revoke(workspaceID, sessionID, s.now()) })
}

// LogoutEverywhere ends every session of the contact.
func (s *Service) LogoutEverywhere(ctx context.Context, workspaceID, contactID string) error {
	return s.store.InTx(ctx, func(tx *store.Tx) error { return tx.Sessions().RevokeForContact(workspaceID, contactID, s.now()) })
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
