package secure

import (
	"crypto/hkdf"
	"crypto/hmac"
	"crypto/sha256"
)

// MAC is HMAC-SHA256 of data under a key derived from the server key for
// purpose (e.g. "login-code"): a hash no one can recompute without the
// server key, for short secrets such as 6-digit codes, which a plain
// SHA-256 would give back in a million guesses. A nil Sealer (no server
// key) gives nil, which matches no stored value.
func (s *Sealer) MAC(purpose string, data []byte) []byte {
	if s == nil {
		return nil
	}
	key, err := hkdf.Key(sha256.New, s.serverKey, nil, "clientportal mac v1: "+purpose, 32)
	if err != nil {
		return nil // only for an impossible key length
	}
	m := hmac.New(sha256.New, key)
	m.Write(data)
	return m.Sum(nil)
}
