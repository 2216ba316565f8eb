package desk

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"

	"clientportal/app/internal/accounts"
	"clientportal/shared/api"
)

// ErrNotConnected means no account is active: the owner must connect first.
var ErrNotConnected = errors.New("not connected to a portal server")

// Conn is the active account and its API client.
type Conn struct {
	Account accounts.Account
	Client  *api.Client
	stop    context.CancelFunc
}

// Current returns the active connection, opening it from the saved accounts.
func (a *App) Current() (*Conn, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	acc, token, ok := a.Accounts.Active()
	if !ok {
		return nil, ErrNotConnected
	}
	if a.conn != nil && a.conn.Account.ID == acc.ID {
		return a.conn, nil
	}
	a.conn = &Conn{Account: acc, Client: api.NewClient(acc.ServerURL, token, a.cfg.HTTP)}
	return a.conn, nil
}

// Connect checks the token against the server, saves the account and makes it active.
func (a *App) Connect(ctx context.Context, serverURL, token string) (accounts.Account, error) {
	serverURL = accounts.NormalizeURL(serverURL)
	token = strings.TrimSpace(token)
	if err := validateServerURL(serverURL); err != nil {
		return accounts.Account{}, err
	}
	if token == "" {
		return accounts.Account{}, &FieldError{Field: "token", Message: "Paste the owner token printed by `portal setup`."}
	}
	p, err := api.NewClient(serverURL, token, a.cfg.HTTP).Portal(ctx)
	if err != nil {
		return accounts.Account{}, connectError(err)
	}
	acc := accounts.Account{
		ID: accounts.AccountID(serverURL, p.Workspace.ID), ServerURL: serverURL,
		WorkspaceID: p.Workspace.ID, WorkspaceName: p.Workspace.Name,
	}
	if err := a.Accounts.Save(acc, token); err != nil {
		return accounts.Account{}, fmt.Errorf("save account: %w", err)
	}
	_ = a.DB.SaveSnapshot(ctx, acc.ID, snapPortal, p)
	a.restartWatch()
	return acc, nil
}

// Switch makes another saved account active.
func (a *App) Switch(id string) error {
	if err := a.Accounts.Switch(id); err != nil {
		return err
	}
	a.restartWatch()
	return nil
}

// Disconnect forgets an account and its token.
func (a *App) Disconnect(id string) error {
	if err := a.Accounts.Forget(id); err != nil {
		return err
	}
	a.restartWatch()
	return nil
}

func validateServerURL(u string) error {
	p, err := url.Parse(u)
	if err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" {
		return &FieldError{Field: "server", Message: "Enter the server address, like https://portal.example.com."}
	}
	return nil
}

// connectError turns a failed check into a message on the right field.
func connectError(err error) error {
	switch {
	case api.IsStatus(err, http.StatusUnauthorized), api.IsStatus(err, http.StatusForbidden):
		return &FieldError{Field: "token", Message: "The server did not accept this token."}
	case Unreachable(err):
		return &FieldError{Field: "server", Message: "Could not reach the server: " + rootCause(err)}
	default:
		return &FieldError{Field: "server", Message: "The server answered with an error: " + err.Error()}
	}
}
