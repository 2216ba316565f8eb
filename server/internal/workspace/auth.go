package workspace

import (
	"context"
	"errors"

	"clientportal/server/internal/apperr"
	"clientportal/server/internal/model"
	"clientportal/server/internal/secure"
	"clientportal/server/internal/store"
)

// Authenticate returns the live API token a bearer token stands for.
func (s *Service) Authenticate(ctx context.Context, token string) (model.APIToken, error) {
	if len(token) < 20 || len(token) > 200 {
		return model.APIToken{}, apperr.New(apperr.Unauthorized, "The API token is missing or not valid.")
	}
	var t model.APIToken
	err := s.store.View(ctx, func(tx *store.Tx) (err error) {
		t, err = tx.Workspaces().TokenByHash(secure.Hash(token))
		return err
	})
	if errors.Is(err, store.ErrNotFound) {
		return t, apperr.New(apperr.Unauthorized, "The API token is missing or not valid.")
	}
	return t, err
}
