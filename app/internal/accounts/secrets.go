package accounts

import (
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
)

// ErrNoSecret means no token is stored for the account.
var ErrNoSecret = errors.New("no token stored")

// Secrets stores one owner token per account.
type Secrets interface {
	Get(accountID string) (string, error)
	Set(accountID, token string) error
	Delete(accountID string) error
	// Where says where the tokens are kept, for the connect page.
	Where() string
}

// DefaultSecrets returns the OS keyring when one answers (falling back to
// files in dir for a token it cannot keep), else files in dir.
func DefaultSecrets(dir string) Secrets {
	if k, err := OpenKeyring(); err == nil {
		return &FallbackSecrets{Keyring: k, Files: FileSecrets{Dir: dir}}
	} else {
		slog.Info("no OS keyring; tokens go to a private file", "reason", err)
	}
	return FileSecrets{Dir: dir}
}

// FileSecrets keeps each token in its own 0600 file in a 0700 folder.
type FileSecrets struct {
	Dir string
}

// Where names the folder holding the token files.
func (f FileSecrets) Where() string { return "a private file (mode 0600) in " + f.Dir }

func (f FileSecrets) path(id string) string {
	return filepath.Join(f.Dir, "token-"+filepath.Base(id))
}

// Get reads the account's token.
func (f FileSecrets) Get(id string) (string, error) {
	b, err := os.ReadFile(f.path(id))
	if errors.Is(err, os.ErrNotExist) {
		return "", ErrNoSecret
	}
	if err != nil {
		return "", fmt.Errorf("read token: %w", err)
	}
	return strings.TrimSpace(string(b)), nil
}

// Set writes the account's token, readable by the user only.
func (f FileSecrets) Set(id, token string) error {
	if err := os.MkdirAll(f.Dir, 0o700); err != nil {
		return fmt.Errorf("make token folder: %w", err)
	}
	tmp := f.path(id) + ".tmp"
	if err := os.WriteFile(tmp, []byte(token), 0o600); err != nil {
		return fmt.Errorf("write token: %w", err)
	}
	if err := os.Chmod(tmp, 0o600); err != nil {
		return fmt.Errorf("protect token: %w", err)
	}
	return os.Rename(tmp, f.path(id))
}

// Delete forgets the account's token.
func (f FileSecrets) Delete(id string) error {
	err := os.Remove(f.path(id))
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("delete token: %w", err)
	}
	return nil
}

func containsAny(s string, subs ...string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}
