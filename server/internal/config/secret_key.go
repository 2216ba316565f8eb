package config

import (
	"crypto/rand"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
)

// Secret is key material; it prints as [redacted], so a logged or
// failed-test config never shows it.
type Secret []byte

// String hides the key.
func (Secret) String() string { return "[redacted]" }

// GoString hides the key from %#v too.
func (Secret) GoString() string { return "[redacted]" }

// minSecretKey is the shortest server key accepted, in bytes.
const minSecretKey = 32

// secretKeyFromEnv reads PORTAL_SECRET_KEY, or the file PORTAL_SECRET_KEY_FILE
// names; nil when neither is set.
func secretKeyFromEnv(get Lookup) (Secret, error) {
	if v, ok := get("PORTAL_SECRET_KEY"); ok && strings.TrimSpace(v) != "" {
		return parseSecretKey("PORTAL_SECRET_KEY", v)
	}
	file, ok := get("PORTAL_SECRET_KEY_FILE")
	if !ok || strings.TrimSpace(file) == "" {
		return nil, nil
	}
	b, err := os.ReadFile(strings.TrimSpace(file))
	if err != nil {
		return nil, fmt.Errorf("PORTAL_SECRET_KEY_FILE=%q cannot be read: %w", file, err)
	}
	return parseSecretKey(fmt.Sprintf("PORTAL_SECRET_KEY_FILE=%q", file), string(b))
}

// keyDecoders are the spellings a key may come in: hex, then base64 with or
// without padding, standard or URL alphabet.
var keyDecoders = []func(string) ([]byte, error){hex.DecodeString, base64.StdEncoding.DecodeString,
	base64.RawStdEncoding.DecodeString, base64.URLEncoding.DecodeString, base64.RawURLEncoding.DecodeString}

// ParseSecretKey decodes a server key given in hex or base64 (at least 32
// bytes); source names where it came from in the error, never its value.
func ParseSecretKey(source, raw string) (Secret, error) { return parseSecretKey(source, raw) }

// parseSecretKey decodes a key; source names where it came from, never its value.
func parseSecretKey(source, raw string) (Secret, error) {
	raw = strings.TrimSpace(raw)
	short := 0
	for _, decode := range keyDecoders {
		if b, err := decode(raw); err == nil {
			if len(b) >= minSecretKey {
				return b, nil
			}
			short = max(short, len(b))
		}
	}
	if short > 0 {
		return nil, fmt.Errorf("%s holds %d bytes; it needs at least %d random bytes (try: openssl rand -hex 32)", source, short, minSecretKey)
	}
	return nil, fmt.Errorf("%s must be hex or base64 of at least %d random bytes (try: openssl rand -hex 32)", source, minSecretKey)
}

// SecretKeyPath is the data-folder file holding the server key when
// PORTAL_SECRET_KEY is unset.
func (c Config) SecretKeyPath() string { return filepath.Join(c.DataDir, "secret_key") }

// EnsureSecretKey keeps a key from the environment; otherwise it reads the
// data folder's key, generating it (mode 0600) on first run.
func (c *Config) EnsureSecretKey() error {
	if len(c.SecretKey) > 0 {
		return nil
	}
	path := c.SecretKeyPath()
	created, err := createKeyFile(path)
	if err != nil {
		return fmt.Errorf("PORTAL_SECRET_KEY is unset and no key could be kept in %s: %w", path, err)
	}
	if created {
		slog.Warn("PORTAL_SECRET_KEY is not set: generated a new server key; back it up with the data folder, "+
			"and give every instance the same key (set PORTAL_SECRET_KEY or PORTAL_SECRET_KEY_FILE, or share the folder)",
			"file", path)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("PORTAL_SECRET_KEY is unset and %s cannot be read: %w", path, err)
	}
	c.SecretKey, err = parseSecretKey("the server key file "+path+" (used while PORTAL_SECRET_KEY is unset)", string(b))
	return err
}

// createKeyFile writes a new random key to path unless one is there; the key
// appears whole or not at all, so instances starting together agree on one.
func createKeyFile(path string) (bool, error) {
	if _, err := os.Stat(path); !errors.Is(err, fs.ErrNotExist) {
		return false, err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return false, err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".secret_key-*") // mode 0600
	if err != nil {
		return false, err
	}
	defer os.Remove(tmp.Name())
	key := make([]byte, minSecretKey)
	if _, err := rand.Read(key); err != nil {
		tmp.Close()
		return false, err
	}
	_, err = tmp.WriteString(hex.EncodeToString(key) + "\n")
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return false, err
	}
	if err := os.Link(tmp.Name(), path); err != nil {
		if errors.Is(err, fs.ErrExist) {
			return false, nil // another instance made it first
		}
		return false, err
	}
	return true, nil
}
