package access

import (
	"context"
	"regexp"
	"strings"

	"clientportal/server/internal/apperr"
	"clientportal/server/internal/secure"
	"clientportal/server/internal/store"
)

var sixDigits = regexp.MustCompile(`^[0-9]{6}$`)

// errBadCode is the one answer for a wrong, used, expired or burnt code.
var errBadCode = apperr.New(apperr.Unauthorized, "That code is not valid or has expired. Check the newest email, or ask for a new link.")

// LoginWithCode logs a contact in with the 6-digit code of a login email.
// Each wrong code counts against every live code; after MaxCodeAttempts
// the codes are burnt.
func (s *Service) LoginWithCode(ctx context.Context, workspaceID, email, code string, meta ClientMeta) (NewSession, error) {
	code = strings.ReplaceAll(strings.TrimSpace(code), " ", "")
	if !sixDigits.MatchString(code) {
		return NewSession{}, apperr.Validation{"code": "Enter the 6 digits from the email."}.Err()
	}
	var out NewSession
	var wrong bool
	err := s.store.InTx(ctx, func(tx *store.Tx) error {
		c, err := tx.Contacts().ByEmail(workspaceID, strings.TrimSpace(email))
		if err != nil {
			return errBadCode
		}
		links, err := tx.LoginLinks().LiveWithCode(workspaceID, c.ID, s.now())
		if err != nil {
			return err
		}
		for _, l := range links {
			if l.CodeAttempts < MaxCodeAttempts && secure.Equal(l.CodeHash, codeHash(l.ID, code)) {
				if ok, err := tx.LoginLinks().Use(l.ID, s.now()); err != nil || !ok {
					return firstErr(err, errBadCode)
				}
				out, err = s.login(tx, workspaceID, c.ID, meta)
				return err
			}
		}
		for _, l := range links {
			if err := tx.LoginLinks().CountAttempt(l.ID, MaxCodeAttempts); err != nil {
				return err
			}
		}
		wrong = true
		return nil
	})
	if err == nil && wrong {
		err = errBadCode
	}
	return out, err
}

func hashToken(token string) []byte { return secure.Hash(token) }
