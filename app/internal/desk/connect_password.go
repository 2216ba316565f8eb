package desk

import (
	"context"
	"errors"
	"net/http"
	"strings"

	"clientportal/app/internal/accounts"
	"clientportal/shared/api"
)

// ConnectWithPassword signs the owner in with email and password (set on the
// server with `portal owner-password`), then connects with the token it gets.
func (a *App) ConnectWithPassword(ctx context.Context, serverURL, email, password, workspace string) (accounts.Account, error) {
	serverURL = accounts.NormalizeURL(serverURL)
	if err := validateServerURL(serverURL); err != nil {
		return accounts.Account{}, err
	}
	if strings.TrimSpace(email) == "" || password == "" {
		return accounts.Account{}, &FieldError{Field: "email", Message: "Give the owner's email and password, or paste the owner token."}
	}
	tok, err := api.IssueOwnerToken(ctx, serverURL, api.OwnerTokenRequest{Email: email, Password: password, Workspace: workspace}, a.cfg.HTTP)
	if err != nil {
		return accounts.Account{}, passwordError(err)
	}
	return a.Connect(ctx, serverURL, tok.Token)
}

func passwordError(err error) error {
	var ae *api.Error
	switch {
	case errors.As(err, &ae) && ae.Status == http.StatusUnprocessableEntity && ae.Fields["workspace"] != "":
		return &FieldError{Field: "workspace", Message: ae.Fields["workspace"]}
	case errors.As(err, &ae) && ae.Status < 500:
		return &FieldError{Field: "email", Message: ae.Message}
	default:
		return connectError(err)
	}
}
