package store

import (
	"context"
	"fmt"

	"clientportal/server/internal/model"
	"clientportal/server/internal/secure"
)

// The purposes secrets are sealed for; each has a key of its own.
const (
	purposeSigningKey = "signing-key"
	purposeAnswer     = "idempotent-answer"
)

// Resealed counts the secrets a sealing pass wrote.
type Resealed struct {
	SigningKeys int
	Answers     int
	StripeKeys  int // workspaces' Stripe keys (always sealed, so only a new key reseals them)
}

// sealKey seals a signing key's private key, bound to its workspace.
func sealKey(s *secure.Sealer, workspaceID, keyPEM string) (string, error) {
	b, err := s.Seal(purposeSigningKey, []byte(keyPEM), []byte(workspaceID))
	if err != nil {
		return "", fmt.Errorf("seal the signing key of workspace %s: %w", workspaceID, err)
	}
	return string(b), nil
}

// openKey opens a sealed private key; a key saved before sealing is
// returned as it is, until the start-up pass seals it.
func openKey(s *secure.Sealer, workspaceID, stored string) (string, error) {
	if !secure.IsSealed([]byte(stored)) {
		return stored, nil
	}
	b, err := s.Open(purposeSigningKey, []byte(stored), []byte(workspaceID))
	if err != nil {
		return "", fmt.Errorf("the signing key of workspace %s cannot be opened: %w", workspaceID, err)
	}
	return string(b), nil
}

// sealAnswer seals a remembered answer, bound to its workspace and key.
func sealAnswer(s *secure.Sealer, workspaceID, key string, body []byte) ([]byte, error) {
	b, err := s.Seal(purposeAnswer, body, []byte(workspaceID+"\x00"+key))
	if err != nil {
		return nil, fmt.Errorf("seal the answer to Idempotency-Key %q: %w", key, err)
	}
	return b, nil
}

// openAnswer opens a remembered answer; one saved before sealing is
// returned as it is.
func openAnswer(s *secure.Sealer, workspaceID, key string, stored []byte) ([]byte, error) {
	if !secure.IsSealed(stored) {
		return stored, nil
	}
	b, err := s.Open(purposeAnswer, stored, []byte(workspaceID+"\x00"+key))
	if err != nil {
		return nil, fmt.Errorf("the answer to Idempotency-Key %q cannot be opened: %w", key, err)
	}
	return b, nil
}

// SealPlainSecrets seals, in one transaction, the signing keys and
// remembered answers saved before secrets were sealed; it runs at start-up
// and finds nothing to do the second time.
func (s *Store) SealPlainSecrets(ctx context.Context) (Resealed, error) {
	return s.reseal(ctx, s.sealer, true)
}

// ResealSecrets opens every sealed secret with the store's server key and
// seals it again under next, all in one transaction: after it commits only
// next opens them.
func (s *Store) ResealSecrets(ctx context.Context, next *secure.Sealer) (Resealed, error) {
	if next == nil {
		return Resealed{}, secure.ErrNoServerKey
	}
	return s.reseal(ctx, next, false)
}

func (s *Store) reseal(ctx context.Context, next *secure.Sealer, onlyPlain bool) (n Resealed, err error) {
	err = s.InTx(ctx, func(tx *Tx) error {
		if n.SigningKeys, err = tx.resealKeys(next, onlyPlain); err != nil {
			return err
		}
		if n.Answers, err = tx.resealAnswers(next, onlyPlain); err != nil || onlyPlain {
			return err
		}
		n.StripeKeys, err = tx.resealStripe(next)
		return err
	})
	return n, err
}

func (t *Tx) resealKeys(next *secure.Sealer, onlyPlain bool) (int, error) {
	var ks []model.SigningKey
	if err := t.db.Select("workspace_id", "key_pem").Find(&ks).Error; err != nil {
		return 0, fmt.Errorf("load signing keys: %w", err)
	}
	n := 0
	for _, k := range ks {
		if onlyPlain && secure.IsSealed([]byte(k.KeyPEM)) {
			continue
		}
		plain, err := openKey(t.sealer, k.WorkspaceID, k.KeyPEM)
		if err != nil {
			return n, err
		}
		sealed, err := sealKey(next, k.WorkspaceID, plain)
		if err != nil {
			return n, err
		}
		err = t.db.Model(&model.SigningKey{}).Where("workspace_id = ?", k.WorkspaceID).Update("key_pem", sealed).Error
		if err != nil {
			return n, fmt.Errorf("reseal the signing key of workspace %s: %w", k.WorkspaceID, err)
		}
		n++
	}
	return n, nil
}

func (t *Tx) resealAnswers(next *secure.Sealer, onlyPlain bool) (int, error) {
	var rows []model.IdempotencyKey
	if err := t.db.Select("workspace_id", "key", "body").Where("status <> 0").Find(&rows).Error; err != nil {
		return 0, fmt.Errorf("load remembered answers: %w", err)
	}
	n := 0
	for _, r := range rows {
		if onlyPlain && secure.IsSealed(r.Body) {
			continue
		}
		plain, err := openAnswer(t.sealer, r.WorkspaceID, r.Key, r.Body)
		if err != nil {
			return n, err
		}
		sealed, err := sealAnswer(next, r.WorkspaceID, r.Key, plain)
		if err != nil {
			return n, err
		}
		err = t.db.Model(&model.IdempotencyKey{}).Where("workspace_id = ? AND key = ?", r.WorkspaceID, r.Key).Update("body", sealed).Error
		if err != nil {
			return n, fmt.Errorf("reseal the answer to Idempotency-Key %q: %w", r.Key, err)
		}
		n++
	}
	return n, nil
}
