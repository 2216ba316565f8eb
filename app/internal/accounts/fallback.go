package accounts

import (
	"errors"
	"fmt"
	"log/slog"
	"sync"
)

// FallbackSecrets keeps tokens in the OS keyring and, when the keyring
// answers but cannot store one (a fresh keyring without a login collection,
// a locked one), in the private files instead. Reads look in both places.
type FallbackSecrets struct {
	Keyring Secrets
	Files   FileSecrets

	mu     sync.Mutex
	reason string
}

// Where names where the tokens are kept now, and why when it is the file.
func (f *FallbackSecrets) Where() string {
	if r := f.FellBack(); r != "" {
		return fmt.Sprintf("%s (the system keyring could not keep it: %s)", f.Files.Where(), r)
	}
	return f.Keyring.Where()
}

// FellBack is why the last token went to a file instead of the keyring, or "".
func (f *FallbackSecrets) FellBack() string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.reason
}

// Get reads the token from the keyring, else from its file.
func (f *FallbackSecrets) Get(id string) (string, error) {
	tok, err := f.Keyring.Get(id)
	if err == nil {
		return tok, nil
	}
	tok, ferr := f.Files.Get(id)
	if ferr == nil {
		return tok, nil
	}
	if errors.Is(err, ErrNoSecret) || errors.Is(ferr, ErrNoSecret) {
		return "", ErrNoSecret
	}
	return "", err
}

// Set stores the token in the keyring, else in a private file. Only one
// place holds it afterwards, so a stale copy never wins a later read.
func (f *FallbackSecrets) Set(id, token string) error {
	err := f.Keyring.Set(id, token)
	if err == nil {
		f.setReason("")
		return f.Files.Delete(id)
	}
	slog.Warn("the system keyring could not keep the token; using a private file", "err", err)
	if ferr := f.Files.Set(id, token); ferr != nil {
		return fmt.Errorf("keep token: keyring: %v; file: %w", err, ferr)
	}
	f.setReason(keyringReason(err))
	return nil
}

// Delete forgets the token in both places.
func (f *FallbackSecrets) Delete(id string) error {
	kerr := f.Keyring.Delete(id)
	if err := f.Files.Delete(id); err != nil {
		return err
	}
	if kerr != nil {
		slog.Warn("keyring delete", "err", kerr)
	}
	return nil
}

func (f *FallbackSecrets) setReason(r string) {
	f.mu.Lock()
	f.reason = r
	f.mu.Unlock()
}

// keyringReason says in words why the keyring refused a token.
func keyringReason(err error) string {
	var msg = err.Error()
	switch {
	case containsAny(msg, "Object does not exist", "No such object", "UnknownObject"):
		return "it has no login keyring yet"
	case containsAny(msg, "locked"):
		return "it is locked"
	}
	return msg
}
