package store_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"clientportal/server/internal/model"
	"clientportal/server/internal/secure"
	"clientportal/server/internal/store"
	"clientportal/server/internal/storetest"
)

func TestStripeSecretsAreSealedAtRestAndRotatingTheServerKeyResealsThem(t *testing.T) {
	eachOptions(t, func(t *testing.T, o store.Options, s *store.Store) {
		w := createWorkspace(t, s, "acme")
		a := model.StripeAccount{WorkspaceID: w.ID, SecretKey: "sk_test_secretsecretsecret", SecretKeyLast4: "cret",
			PublishableKey: "pk_test_publicpublic", WebhookSecret: "whsec_hooksecrethook", WebhookSecretLast4: "hook", ConnectedAt: now()}
		inTx(t, s, func(tx *store.Tx) error { return tx.StripeAccounts().Save(a) })
		if text := storetest.TableText(t, o, "stripe_accounts"); strings.Contains(text, "secretsecret") || strings.Contains(text, "hooksecret") {
			t.Fatalf("stripe_accounts keeps a secret in clear:\n%s", text)
		}
		next := o
		next.Sealer = storetest.NewSealer(t)
		n, err := s.ResealSecrets(context.Background(), next.Sealer)
		if err != nil || n.StripeKeys != 1 {
			t.Fatalf("rotation resealed %+v (%v), want one workspace's Stripe keys", n, err)
		}
		read := func(s *store.Store) (got model.StripeAccount, err error) {
			err = s.View(context.Background(), func(tx *store.Tx) error { got, err = tx.StripeAccounts().Get(w.ID); return err })
			return got, err
		}
		if _, err := read(s); !errors.Is(err, secure.ErrWrongServerKey) {
			t.Errorf("the old key still opens the Stripe keys (err %v)", err)
		}
		got, err := read(storetest.OpenWith(t, next))
		if err != nil || got.SecretKey != a.SecretKey || got.WebhookSecret != a.WebhookSecret {
			t.Fatalf("the new key read %+v, %v", got, err)
		}
	})
}
