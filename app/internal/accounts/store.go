package accounts

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sync"
)

// Store is the list of saved accounts and which one is active.
type Store struct {
	mu      sync.Mutex
	path    string
	secrets Secrets
	state   state
}

type state struct {
	Active   string    `json:"active"`
	Accounts []Account `json:"accounts"`
}

// Open loads the accounts file in dir (a missing file means none saved).
func Open(dir string, secrets Secrets) (*Store, error) {
	s := &Store{path: filepath.Join(dir, "accounts.json"), secrets: secrets}
	b, err := os.ReadFile(s.path)
	if errors.Is(err, os.ErrNotExist) {
		return s, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read accounts: %w", err)
	}
	if err := json.Unmarshal(b, &s.state); err != nil {
		return nil, fmt.Errorf("parse %s: %w", s.path, err)
	}
	return s, nil
}

// Secrets is where the tokens are kept.
func (s *Store) Secrets() Secrets { return s.secrets }

// List returns the saved accounts.
func (s *Store) List() []Account {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.state.Accounts)
}

// Active returns the active account and its token.
func (s *Store) Active() (Account, string, bool) {
	s.mu.Lock()
	id := s.state.Active
	i := s.index(id)
	if i < 0 {
		s.mu.Unlock()
		return Account{}, "", false
	}
	a := s.state.Accounts[i]
	s.mu.Unlock()
	token, err := s.secrets.Get(id)
	if err != nil {
		return Account{}, "", false
	}
	return a, token, true
}

// Save adds or updates an account, stores its token and makes it active.
func (s *Store) Save(a Account, token string) error {
	if err := s.secrets.Set(a.ID, token); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if i := s.index(a.ID); i >= 0 {
		s.state.Accounts[i] = a
	} else {
		s.state.Accounts = append(s.state.Accounts, a)
	}
	s.state.Active = a.ID
	return s.write()
}

// Switch makes a saved account the active one.
func (s *Store) Switch(id string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.index(id) < 0 {
		return fmt.Errorf("switch account %s: not saved", id)
	}
	s.state.Active = id
	return s.write()
}

// Forget removes an account and its token; disconnecting the active one leaves none active.
func (s *Store) Forget(id string) error {
	if err := s.secrets.Delete(id); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if i := s.index(id); i >= 0 {
		s.state.Accounts = slices.Delete(s.state.Accounts, i, i+1)
	}
	if s.state.Active == id {
		s.state.Active = ""
	}
	return s.write()
}

func (s *Store) index(id string) int {
	return slices.IndexFunc(s.state.Accounts, func(a Account) bool { return a.ID == id })
}

// write saves the state atomically; the caller holds mu.
func (s *Store) write() error {
	b, err := json.MarshalIndent(s.state, "", "  ")
	if err != nil {
		return fmt.Errorf("encode accounts: %w", err)
	}
	if err := os.MkdirAll(filepath.Dir(s.path), 0o700); err != nil {
		return fmt.Errorf("make config folder: %w", err)
	}
	tmp := s.path + ".tmp"
	if err := os.WriteFile(tmp, b, 0o600); err != nil {
		return fmt.Errorf("write accounts: %w", err)
	}
	return os.Rename(tmp, s.path)
}
