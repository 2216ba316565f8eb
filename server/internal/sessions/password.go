package sessions

import (
	"context"
	"strings"
	"unicode/utf8"

	"clientportal/server/internal/apperr"
	"clientportal/server/internal/secure"
	"clientportal/server/internal/store"
)

// SetPassword lets a signed-in client log in with a password from now on.
func (s *Service) SetPassword(ctx context.Context, workspaceID, contactID, pw string) error {
	if n := utf8.RuneCountInString(pw); n < 10 || n > 200 {
		return apperr.Validation{"password": "Use 10 to 200 characters."}.Err()
	}
	h := secure.HashPassword(pw)
	return s.store.InTx(ctx, func(tx *store.Tx) error {
		return tx.Contacts().Update(workspaceID, contactID, map[string]any{"password_hash": h})
	})
}

var errBadPassword = apperr.New(apperr.Unauthorized, "That email and password do not match. You can also ask for a login link.")

// LoginWithPassword logs a client in with the password they set.
func (s *Service) LoginWithPassword(ctx context.Context, workspaceID, email, pw string, meta ClientMeta) (NewSession, error) {
	var out NewSession
	err := s.store.InTx(ctx, func(tx *store.Tx) error {
		c, err := tx.Contacts().ByEmail(workspaceID, strings.TrimSpace(email))
		if err != nil || c.PasswordHash == "" {
			secure.CheckPassword(secure.DummyHash(), pw) // so timing does not tell
			return errBadPassword
		}
		if !secure.CheckPassword(c.PasswordHash, pw) {
			return errBadPassword
		}
		out, err = s.Start(tx, workspaceID, c.ID, meta)
		return err
	})
	return out, err
}
