package workspace

import (
	"context"
	"strings"
	"unicode/utf8"

	"github.com/google/uuid"

	"clientportal/server/internal/apperr"
	"clientportal/server/internal/model"
	"clientportal/server/internal/secure"
	"clientportal/server/internal/store"
)

// ownerFor picks the owner with email, in the workspace of slug when given;
// an email that owns several workspaces must name one.
func ownerFor(tx *store.Tx, email, slug string) (model.Owner, model.Workspace, error) {
	owners, err := tx.Workspaces().OwnersByEmail(strings.ToLower(strings.TrimSpace(email)))
	if err != nil {
		return model.Owner{}, model.Workspace{}, err
	}
	var found []model.Owner
	var ws model.Workspace
	for _, o := range owners {
		w, err := tx.Workspaces().ByID(o.WorkspaceID)
		if err != nil {
			return model.Owner{}, model.Workspace{}, err
		}
		if slug == "" || w.Slug == slug {
			found, ws = append(found, o), w
		}
	}
	switch len(found) {
	case 0:
		return model.Owner{}, model.Workspace{}, store.ErrNotFound
	case 1:
		return found[0], ws, nil
	}
	return model.Owner{}, model.Workspace{}, apperr.Validation{"workspace": "This email owns several workspaces; give the workspace's address name (slug)."}.Err()
}

// SetOwnerPassword lets an owner connect the desktop app with email and password.
func (s *Service) SetOwnerPassword(ctx context.Context, email, slug, pw string) error {
	if n := utf8.RuneCountInString(pw); n < 10 || n > 200 {
		return apperr.Validation{"password": "Use 10 to 200 characters."}.Err()
	}
	err := s.store.InTx(ctx, func(tx *store.Tx) error {
		o, _, err := ownerFor(tx, email, slug)
		if err != nil {
			return err
		}
		return tx.Workspaces().SetOwnerPassword(o.ID, secure.HashPassword(pw))
	})
	return store.Missing(err, "No owner has this email (in this workspace).")
}

var errOwnerLogin = apperr.New(apperr.Unauthorized, "That email and password do not match an owner with a password. Use the token from `portal setup`, or set a password with `portal owner-password`.")

// IssueToken checks an owner's email and password and makes a new API token.
func (s *Service) IssueToken(ctx context.Context, email, slug, pw string) (string, model.Workspace, error) {
	var token string
	var ws model.Workspace
	err := s.store.InTx(ctx, func(tx *store.Tx) error {
		o, w, err := ownerFor(tx, email, slug)
		if err != nil && !apperr.Is(err, apperr.Invalid) {
			secure.CheckPassword(secure.DummyHash(), pw) // so timing does not tell
			return errOwnerLogin
		}
		if err != nil {
			return err
		}
		if o.PasswordHash == "" || !secure.CheckPassword(o.PasswordHash, pw) {
			return errOwnerLogin
		}
		token, ws = secure.NewToken("cpo_"), w
		return tx.Workspaces().CreateToken(&model.APIToken{ID: uuid.NewString(), WorkspaceID: w.ID, OwnerID: o.ID,
			TokenHash: secure.Hash(token), CreatedAt: s.clock.Now()})
	})
	return token, ws, err
}
