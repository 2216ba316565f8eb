package api

import (
	"context"
	"net/http"
)

// OwnerTokenRequest signs an owner in with email and password.
type OwnerTokenRequest struct {
	Email     string `json:"email"`
	Password  string `json:"password"`
	Workspace string `json:"workspace,omitempty"` // the workspace's slug, when the email owns several
}

// OwnerToken is a new API token and the workspace it acts on.
type OwnerToken struct {
	Token     string    `json:"token"`
	Workspace Workspace `json:"workspace"`
}

// IssueOwnerToken signs in with email and password at the server of baseURL
// and returns a new owner API token.
func IssueOwnerToken(ctx context.Context, baseURL string, in OwnerTokenRequest, hc *http.Client) (OwnerToken, error) {
	var out OwnerToken
	err := NewClient(baseURL, "", hc).Do(ctx, Request{Method: http.MethodPost, Path: "/api/v1/owner-tokens", Body: in}, &out)
	return out, err
}
