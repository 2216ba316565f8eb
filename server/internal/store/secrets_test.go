package store_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"clientportal/server/internal/model"
	"clientportal/server/internal/secure"
	"clientportal/server/internal/store"
	"clientportal/server/internal/storetest"
)

const (
	testKeyPEM = "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\n-----END PRIVATE KEY-----\n"
	testAnswer = `{"url":"http://acme.localhost:8080/login/cpm_secretloginlinktoken"}`
)

// eachOptions runs fn once per database on a fresh one, with how to open it again.
func eachOptions(t *testing.T, fn func(t *testing.T, o store.Options, s *store.Store)) {
	for _, d := range storetest.Dialects {
		t.Run(d, func(t *testing.T) {
			o := storetest.Options(t, d)
			fn(t, o, storetest.OpenWith(t, o))
		})
	}
}

// saveSecrets stores a signing key and a remembered answer in workspace w.
func saveSecrets(t *testing.T, s *store.Store, w model.Workspace) {
	t.Helper()
	k := model.SigningKey{WorkspaceID: w.ID, Kind: model.KeySelfSigned, CertPEM: "cert", KeyPEM: testKeyPEM, Subject: w.Name,
		NotAfter: now().Add(time.Hour), CreatedAt: now(), UpdatedAt: now()}
	inTx(t, s, func(tx *store.Tx) error { return tx.SigningKeys().Create(&k) })
	if k.KeyPEM != testKeyPEM {
		t.Fatal("saving the key changed the caller's record")
	}
	inTx(t, s, func(tx *store.Tx) error {
		if _, _, err := tx.IdempotencyKeys().Claim(w.ID, "link-1", []byte("h")); err != nil {
			return err
		}
		return tx.IdempotencyKeys().Finish(w.ID, "link-1", 201, []byte(testAnswer))
	})
}

// readSecrets loads them back through the store.
func readSecrets(s *store.Store, workspaceID string) (keyPEM, answer string, err error) {
	err = s.View(context.Background(), func(tx *store.Tx) error {
		k, _, err := tx.SigningKeys().Get(workspaceID)
		if err != nil {
			return err
		}
		prev, _, err := tx.IdempotencyKeys().Claim(workspaceID, "link-1", []byte("h"))
		keyPEM, answer = k.KeyPEM, string(prev.Body)
		return err
	})
	return keyPEM, answer, err
}

// assertNothingInClear fails when a private key or the login token is on disk.
func assertNothingInClear(t *testing.T, o store.Options) {
	t.Helper()
	for _, table := range []string{"signing_keys", "idempotency_keys"} {
		text := storetest.TableText(t, o, table)
		if strings.Contains(text, "PRIVATE KEY") || strings.Contains(text, "cpm_secretloginlinktoken") {
			t.Errorf("%s keeps a secret in clear:\n%s", table, text)
		}
		if !strings.Contains(text, "sealed:v1:") {
			t.Errorf("%s holds no sealed value:\n%s", table, text)
		}
	}
}

func TestSigningKeysAndAnswersAreSealedAtRestAndOpenOnlyWithTheServerKey(t *testing.T) {
	eachOptions(t, func(t *testing.T, o store.Options, s *store.Store) {
		w := createWorkspace(t, s, "acme")
		saveSecrets(t, s, w)
		assertNothingInClear(t, o)
		if k, a, err := readSecrets(s, w.ID); err != nil || k != testKeyPEM || a != testAnswer {
			t.Fatalf("read back %q, %q, %v; want the saved key and answer", k, a, err)
		}
		for name, sealer := range map[string]*secure.Sealer{"another key": storetest.NewSealer(t), "no key": nil} {
			other := o
			other.Sealer = sealer
			_, _, err := readSecrets(storetest.OpenWith(t, other), w.ID)
			if err == nil || !strings.Contains(err.Error(), "PORTAL_SECRET_KEY") {
				t.Errorf("with %s the secrets opened or failed without naming PORTAL_SECRET_KEY: %v", name, err)
			}
		}
	})
}

func TestSecretsKeptInClearByAnOlderReleaseAreSealedAtStartAndStillOpen(t *testing.T) {
	eachOptions(t, func(t *testing.T, o store.Options, s *store.Store) {
		w := createWorkspace(t, s, "acme")
		saveSecrets(t, s, w)
		raw := storetest.Raw(t, o)
		if err := raw.Exec("UPDATE signing_keys SET key_pem = ?", testKeyPEM).Error; err != nil {
			t.Fatal(err)
		}
		if err := raw.Exec("UPDATE idempotency_keys SET body = ?", []byte(testAnswer)).Error; err != nil {
			t.Fatal(err)
		}
		if k, a, err := readSecrets(s, w.ID); err != nil || k != testKeyPEM || a != testAnswer {
			t.Fatalf("clear secrets read back as %q, %q, %v", k, a, err)
		}
		n, err := s.SealPlainSecrets(context.Background())
		if err != nil || n != (store.Resealed{SigningKeys: 1, Answers: 1}) {
			t.Fatalf("sealing pass sealed %+v (%v), want one key and one answer", n, err)
		}
		assertNothingInClear(t, o)
		if again, err := s.SealPlainSecrets(context.Background()); err != nil || again != (store.Resealed{}) {
			t.Errorf("a second pass sealed %+v (%v), want nothing", again, err)
		}
		if k, a, err := readSecrets(s, w.ID); err != nil || k != testKeyPEM || a != testAnswer {
			t.Fatalf("after sealing read back %q, %q, %v", k, a, err)
		}
	})
}

func TestRotatingTheServerKeyResealsEverySecretSoOnlyTheNewKeyOpensThem(t *testing.T) {
	eachOptions(t, func(t *testing.T, o store.Options, s *store.Store) {
		w := createWorkspace(t, s, "acme")
		saveSecrets(t, s, w)
		before := storetest.TableText(t, o, "signing_keys")
		next := o
		next.Sealer = storetest.NewSealer(t)
		n, err := s.ResealSecrets(context.Background(), next.Sealer)
		if err != nil || n != (store.Resealed{SigningKeys: 1, Answers: 1}) {
			t.Fatalf("rotation resealed %+v (%v), want one key and one answer", n, err)
		}
		if storetest.TableText(t, o, "signing_keys") == before {
			t.Error("the stored key did not change")
		}
		assertNothingInClear(t, o)
		if _, _, err := readSecrets(s, w.ID); !errors.Is(err, secure.ErrWrongServerKey) {
			t.Errorf("the old key still opens the secrets (err %v)", err)
		}
		if k, a, err := readSecrets(storetest.OpenWith(t, next), w.ID); err != nil || k != testKeyPEM || a != testAnswer {
			t.Fatalf("the new key read %q, %q, %v; want the saved key and answer", k, a, err)
		}
	})
}
