// Package accounts keeps the servers and workspaces the owner connected to:
// their addresses in a small JSON file, their tokens in the OS keyring where
// one answers, else in a file only the user can read.
package accounts

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
)

// Account is one saved connection: a portal server and one of its workspaces.
type Account struct {
	ID            string `json:"id"`
	ServerURL     string `json:"server_url"`
	WorkspaceID   string `json:"workspace_id"`
	WorkspaceName string `json:"workspace_name"`
}

// Label is how the account is shown in the switcher.
func (a Account) Label() string {
	return a.WorkspaceName + " — " + a.ServerURL
}

// AccountID is the stable id of a workspace on a server.
func AccountID(serverURL, workspaceID string) string {
	sum := sha256.Sum256([]byte(NormalizeURL(serverURL) + "\x00" + workspaceID))
	return hex.EncodeToString(sum[:8])
}

// NormalizeURL trims spaces and trailing slashes and adds http:// when no scheme is given.
func NormalizeURL(u string) string {
	u = strings.TrimRight(strings.TrimSpace(u), "/")
	if u != "" && !strings.Contains(u, "://") {
		u = "http://" + u
	}
	return u
}
