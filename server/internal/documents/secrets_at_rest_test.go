package documents_test

import (
	"context"
	"encoding/hex"
	"net/http"
	"net/http/httptest"
	"path"
	"strings"
	"testing"

	"clientportal/server/internal/config"
	"clientportal/server/internal/secure"
	"clientportal/server/internal/store"
	"clientportal/server/internal/storetest"
	"clientportal/server/internal/system"
	"clientportal/shared/api"
	"clientportal/shared/clock"
)

// reopen opens a second server on p's database and data folder, under the
// server key hexKey.
func (p *portal) reopen(hexKey string) *portal {
	p.t.Helper()
	vars := map[string]string{"PORTAL_DATA_DIR": p.sys.Config.DataDir, "PORTAL_DATABASE_URL": p.sys.Config.DatabaseURL,
		"PORTAL_BASE_URL": "http://localhost:8080", "PORTAL_SECRET_KEY": hexKey}
	cfg, err := config.Load(func(k string) (string, bool) { v, ok := vars[k]; return v, ok })
	if err != nil {
		p.t.Fatal(err)
	}
	sys, err := system.Open(context.Background(), cfg, clock.NewOffset())
	if err != nil {
		p.t.Fatal(err)
	}
	p.t.Cleanup(func() { sys.Close() })
	return &portal{t: p.t, sys: sys, acme: p.acme}
}

// signAndSeal sends a document to signer, signs it and runs the seal job.
func (p *portal) signAndSeal(signer api.Contact) api.Document {
	p.t.Helper()
	d := p.sentDocument(p.acme.Token, "Service agreement", signer, contractPDF())
	b := p.browser("acme.localhost:8080")
	b.openLink(p.signLink(signer.Email))
	if a := b.post("/documents/"+d.ID, "/documents/"+d.ID+"/sign", signForm(p.t)); a.status != http.StatusSeeOther {
		p.t.Fatalf("sign: %d %.300s", a.status, a.text())
	}
	p.runJobs()
	return p.document(p.acme.Token, d.ID)
}

// magicLink asks the owner API for a login link with an Idempotency-Key.
func (p *portal) magicLink(contactID, key string) answer {
	p.t.Helper()
	req := httptest.NewRequest("POST", "/api/v1/contacts/"+contactID+"/magic-links", nil)
	req.Host = "localhost:8080"
	req.Header.Set("Authorization", "Bearer "+p.acme.Token)
	req.Header.Set("Idempotency-Key", key)
	return p.do(req)
}

func (p *portal) storeOptions() store.Options {
	return store.Options{DatabaseURL: p.sys.Config.DatabaseURL, SQLitePath: p.sys.Config.SQLitePath()}
}

func TestSigningKeysAndLoginLinkAnswersAreNeverKeptInClearAndRotationKeepsSigning(t *testing.T) {
	for _, dialect := range storetest.Dialects {
		t.Run(dialect, func(t *testing.T) {
			p := newPortal(t, dialect)
			jane := p.contact(p.acme.Token, "jane@example.com", "Jane Doe")
			if d := p.signAndSeal(jane); d.Status != api.DocumentCompleted {
				t.Fatalf("the first document is %q, want completed", d.Status)
			}
			first, again := p.magicLink(jane.ID, "jane-link-1"), p.magicLink(jane.ID, "jane-link-1")
			var link api.MagicLink
			mustJSON(t, first.body, &link)
			if first.status != http.StatusCreated || again.text() != first.text() || again.header.Get("Idempotent-Replayed") != "true" {
				t.Fatalf("magic link answered %d %s, then %s; want the first answer replayed", first.status, first.text(), again.text())
			}
			token := path.Base(link.URL)
			for _, table := range []string{"signing_keys", "idempotency_keys"} {
				text := storetest.TableText(t, p.storeOptions(), table)
				if strings.Contains(text, "PRIVATE KEY") || strings.Contains(text, token) {
					t.Errorf("%s keeps a private key or the login token %q in clear:\n%.600s", table, token, text)
				}
			}

			stranger := p.reopen(hex.EncodeToString(make([]byte, 32)))
			if _, err := stranger.sys.Documents.EnsureKey(context.Background(), p.acme.Workspace.ID); err == nil ||
				!strings.Contains(err.Error(), "PORTAL_SECRET_KEY") {
				t.Fatalf("another server key opened the signing key, or failed without naming PORTAL_SECRET_KEY: %v", err)
			}

			newKey := make([]byte, 32)
			newKey[0] = 7
			next, _ := secure.NewSealer(newKey)
			if _, err := p.sys.Store.ResealSecrets(context.Background(), next); err != nil {
				t.Fatalf("rotate: %v", err)
			}
			if _, err := p.sys.Documents.EnsureKey(context.Background(), p.acme.Workspace.ID); err == nil {
				t.Fatal("after rotation the old server key still opens the signing key")
			}
			rotated := p.reopen(hex.EncodeToString(newKey))
			if d := rotated.signAndSeal(jane); d.Status != api.DocumentCompleted {
				t.Fatalf("after rotation a document is %q, want completed", d.Status)
			}
			if replay := rotated.magicLink(jane.ID, "jane-link-1"); replay.text() != first.text() {
				t.Errorf("after rotation the replay is %s, want the first answer", replay.text())
			}
		})
	}
}
