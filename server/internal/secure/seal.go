package secure

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/hkdf"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"fmt"
)

// sealedPrefix starts every sealed value, so sealed and older plain values
// are told apart; the version names the cipher and the key derivation.
const sealedPrefix = "sealed:v1:"

// MinSealKey is the shortest server key a Sealer accepts, in bytes.
const MinSealKey = 32

// ErrNoServerKey is returned when a secret must be sealed or opened but the
// store was given no server key.
var ErrNoServerKey = errors.New("no server key to seal secrets with: set PORTAL_SECRET_KEY")

// ErrWrongServerKey is returned when a sealed value does not open with this
// server key: it was sealed under another key, or changed.
var ErrWrongServerKey = errors.New("sealed under a different server key: set PORTAL_SECRET_KEY to the key this database was sealed with")

// Sealer encrypts secrets kept at rest with AES-256-GCM, under keys derived
// from the server key with HKDF-SHA256, one key per purpose.
type Sealer struct{ serverKey []byte }

// NewSealer returns a Sealer on the server key.
func NewSealer(serverKey []byte) (*Sealer, error) {
	if len(serverKey) < MinSealKey {
		return nil, fmt.Errorf("the server key (PORTAL_SECRET_KEY) holds %d bytes; sealing needs at least %d", len(serverKey), MinSealKey)
	}
	return &Sealer{serverKey: bytes.Clone(serverKey)}, nil
}

// IsSealed reports whether v was made by Seal (of any key).
func IsSealed(v []byte) bool { return bytes.HasPrefix(v, []byte(sealedPrefix)) }

// Seal encrypts plain for purpose (e.g. "signing-key"), bound to binding
// (e.g. the row's key), so a sealed value moved to another row or purpose
// does not open. Each call draws a fresh random nonce.
func (s *Sealer) Seal(purpose string, plain, binding []byte) ([]byte, error) {
	aead, err := s.aead(purpose)
	if err != nil {
		return nil, err
	}
	nonce := make([]byte, aead.NonceSize(), aead.NonceSize()+len(plain)+aead.Overhead())
	if _, err := rand.Read(nonce); err != nil {
		return nil, fmt.Errorf("seal %s: %w", purpose, err)
	}
	box := aead.Seal(nonce, nonce, plain, additional(purpose, binding))
	out := make([]byte, len(sealedPrefix)+base64.RawStdEncoding.EncodedLen(len(box)))
	copy(out, sealedPrefix)
	base64.RawStdEncoding.Encode(out[len(sealedPrefix):], box)
	return out, nil
}

// Open decrypts a value made by Seal with the same purpose and binding; a
// value sealed under another server key fails with ErrWrongServerKey.
func (s *Sealer) Open(purpose string, sealed, binding []byte) ([]byte, error) {
	if !IsSealed(sealed) {
		return nil, fmt.Errorf("open %s: the value is not sealed", purpose)
	}
	aead, err := s.aead(purpose)
	if err != nil {
		return nil, err
	}
	box, err := base64.RawStdEncoding.DecodeString(string(sealed[len(sealedPrefix):]))
	if err != nil || len(box) < aead.NonceSize()+aead.Overhead() {
		return nil, fmt.Errorf("open %s: the sealed value is damaged", purpose)
	}
	plain, err := aead.Open(nil, box[:aead.NonceSize()], box[aead.NonceSize():], additional(purpose, binding))
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", purpose, ErrWrongServerKey)
	}
	return plain, nil
}

// aead is the cipher of one purpose; a nil Sealer has no key.
func (s *Sealer) aead(purpose string) (cipher.AEAD, error) {
	if s == nil {
		return nil, ErrNoServerKey
	}
	key, err := hkdf.Key(sha256.New, s.serverKey, nil, "clientportal seal v1: "+purpose, 32)
	if err != nil {
		return nil, fmt.Errorf("derive the %s key: %w", purpose, err)
	}
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	return cipher.NewGCM(block)
}

// additional is the authenticated, unencrypted context of a sealed value.
func additional(purpose string, binding []byte) []byte {
	return append([]byte(purpose+"\x00"), binding...)
}
