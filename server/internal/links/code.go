package links

import (
	"context"
	"regexp"
	"strings"

	"clientportal/server/internal/apperr"
	"clientportal/server/internal/secure"
	"clientportal/server/internal/sessions"
	"clientportal/server/internal/store"
)

var sixDigits = regexp.MustCompile(`^[0-9]{6}$`)

// errBadCode is the one answer for a wrong, used, expired or burnt code.
var errBadCode = apperr.New(apperr.Unauthorized, "That code is not valid or has expired. Check the newest email, or ask for a new link.")

// LoginWithCode logs a contact in with the 6-digit code of their newest
// login email (older codes no longer work); after MaxCodeAttempts wrong
// guesses that code is burnt.
func (s *Service) LoginWithCode(ctx context.Context, workspaceID, email, code string, meta sessions.ClientMeta) (sessions.NewSession, error) {
	code = strings.ReplaceAll(strings.TrimSpace(code), " ", "")
	if !sixDigits.MatchString(code) {
		return sessions.NewSession{}, apperr.Validation{"code": "Enter the 6 digits from the email."}.Err()
	}
	var out sessions.NewSession
	var wrong bool
	err := s.store.InTx(ctx, func(tx *store.Tx) error {
		c, err := tx.Contacts().ByEmail(workspaceID, strings.TrimSpace(email))
		if err != nil {
			return errBadCode
		}
		l, live, err := tx.LoginLinks().NewestWithCode(workspaceID, c.ID, s.now())
		if err != nil || !live {
			return firstErr(err, errBadCode)
		}
		if l.CodeAttempts < MaxCodeAttempts && len(l.CodeHash) > 0 && secure.Equal(l.CodeHash, s.codeHash(l.ID, code)) {
			if ok, err := tx.LoginLinks().Use(l.ID, s.now()); err != nil || !ok {
				return firstErr(err, errBadCode)
			}
			out, err = s.sessions.Start(tx, workspaceID, c.ID, meta)
			return err
		}
		wrong = true
		return tx.LoginLinks().CountAttempt(l.ID, MaxCodeAttempts)
	})
	if err == nil && wrong {
		err = errBadCode
	}
	return out, err
}

func hashToken(token string) []byte { return secure.Hash(token) }
