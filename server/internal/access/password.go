package access

import (
	"context"
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/crypto/argon2"

	"clientportal/server/internal/apperr"
	"clientportal/server/internal/store"
)

// argon2id parameters (RFC 9106 second recommendation, scaled for a server).
const (
	argonTime    = 2
	argonMemory  = 64 * 1024
	argonThreads = 2
	argonKeyLen  = 32
)

func hashPassword(pw string) string {
	salt := make([]byte, 16)
	rand.Read(salt)
	key := argon2.IDKey([]byte(pw), salt, argonTime, argonMemory, argonThreads, argonKeyLen)
	return fmt.Sprintf("$argon2id$v=19$m=%d,t=%d,p=%d$%s$%s", argonMemory, argonTime, argonThreads,
		base64.RawStdEncoding.EncodeToString(salt), base64.RawStdEncoding.EncodeToString(key))
}

func checkPassword(encoded, pw string) bool {
	parts := strings.Split(encoded, "$")
	if len(parts) != 6 || parts[1] != "argon2id" {
		return false
	}
	var m, t uint32
	var p uint8
	if _, err := fmt.Sscanf(parts[3], "m=%d,t=%d,p=%d", &m, &t, &p); err != nil {
		return false
	}
	salt, err1 := base64.RawStdEncoding.DecodeString(parts[4])
	want, err2 := base64.RawStdEncoding.DecodeString(parts[5])
	if err1 != nil || err2 != nil {
		return false
	}
	got := argon2.IDKey([]byte(pw), salt, t, m, p, uint32(len(want)))
	return subtle.ConstantTimeCompare(got, want) == 1
}

// dummyHash is checked when no contact matches, so timing does not tell.
var dummyHash = hashPassword("not a real password, only for timing")

// SetPassword lets a signed-in client log in with a password from now on.
func (s *Service) SetPassword(ctx context.Context, workspaceID, contactID, pw string) error {
	if n := utf8.RuneCountInString(pw); n < 10 || n > 200 {
		return apperr.Validation{"password": "Use 10 to 200 characters."}.Err()
	}
	h := hashPassword(pw)
	return s.store.InTx(ctx, func(tx *store.Tx) error {
		return tx.Contacts().Update(workspaceID, contactID, map[string]any{"password_hash": h})
	})
}

var errBadPassword = apperr.New(apperr.Unauthorized, "That email and password do not match. You can also ask for a login link.")

// LoginWithPassword logs a client in with the password they set.
func (s *Service) LoginWithPassword(ctx context.Context, workspaceID, email, pw string, meta ClientMeta) (NewSession, error) {
	var out NewSession
	err := s.store.InTx(ctx, func(tx *store.Tx) error {
		c, err := tx.Contacts().ByEmail(workspaceID, strings.TrimSpace(email))
		if err != nil || c.PasswordHash == "" {
			checkPassword(dummyHash, pw)
			return errBadPassword
		}
		if !checkPassword(c.PasswordHash, pw) {
			return errBadPassword
		}
		out, err = s.login(tx, workspaceID, c.ID, meta)
		return err
	})
	return out, err
}
