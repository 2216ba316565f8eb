package config

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"clientportal/shared/clock"
)

func TestTSAURLIsOptionalAndMustBeAnHTTPURL(t *testing.T) {
	c, err := Load(env(map[string]string{}))
	if err != nil || c.TSAURL != nil {
		t.Fatalf("without PORTAL_TSA_URL: %v, %v; want no authority", c.TSAURL, err)
	}
	c, err = Load(env(map[string]string{"PORTAL_TSA_URL": "https://user:pw@tsa.example.com/tsr"}))
	if err != nil || c.TSAURL.Host != "tsa.example.com" || c.TSAURL.User.Username() != "user" {
		t.Fatalf("a good URL: %v, %v", c.TSAURL, err)
	}
	for _, bad := range []string{"tsa.example.com", "ftp://tsa.example.com/", "https://", "https://user:secret@%zz"} {
		_, err := Load(env(map[string]string{"PORTAL_TSA_URL": bad}))
		if err == nil || !strings.Contains(err.Error(), "PORTAL_TSA_URL") {
			t.Errorf("PORTAL_TSA_URL=%q: %v; want an error naming the variable", bad, err)
		}
		if err != nil && strings.Contains(err.Error(), "secret") {
			t.Errorf("the error shows the password: %v", err)
		}
	}
}

func TestTSATimeoutDefaultsToThirtySecondsAndMustBePositive(t *testing.T) {
	c, err := Load(env(map[string]string{}))
	if err != nil || c.TSATimeout != 30*time.Second {
		t.Fatalf("without PORTAL_TSA_TIMEOUT: %s, %v; want 30s", c.TSATimeout, err)
	}
	if c, err = Load(env(map[string]string{"PORTAL_TSA_TIMEOUT": "5s"})); err != nil || c.TSATimeout != 5*time.Second {
		t.Fatalf("PORTAL_TSA_TIMEOUT=5s: %s, %v", c.TSATimeout, err)
	}
	for _, bad := range []string{"soon", "0s", "-1s", "30"} {
		if _, err := Load(env(map[string]string{"PORTAL_TSA_TIMEOUT": bad})); err == nil || !strings.Contains(err.Error(), "PORTAL_TSA_TIMEOUT") {
			t.Errorf("PORTAL_TSA_TIMEOUT=%q: %v; want an error naming the variable", bad, err)
		}
	}
}

func TestTSARootsAreReadFromAPEMFileThatMustHoldACertificate(t *testing.T) {
	c, err := Load(env(map[string]string{}))
	if err != nil || c.TSARoots != nil {
		t.Fatalf("without PORTAL_TSA_ROOTS: %v, %v; want no roots", c.TSARoots, err)
	}
	dir := t.TempDir()
	good, empty := filepath.Join(dir, "roots.pem"), filepath.Join(dir, "empty.pem")
	if err := os.WriteFile(good, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: selfSigned(t)}), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(empty, []byte("not a certificate\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if c, err = Load(env(map[string]string{"PORTAL_TSA_ROOTS": good})); err != nil || c.TSARoots == nil {
		t.Fatalf("PORTAL_TSA_ROOTS with a certificate: %v, %v", c.TSARoots, err)
	}
	for _, bad := range []string{empty, filepath.Join(dir, "missing.pem")} {
		if _, err := Load(env(map[string]string{"PORTAL_TSA_ROOTS": bad})); err == nil || !strings.Contains(err.Error(), "PORTAL_TSA_ROOTS") {
			t.Errorf("PORTAL_TSA_ROOTS=%q: %v; want an error naming the variable", bad, err)
		}
	}
}

// selfSigned is the DER of a throwaway self-signed certificate.
func selfSigned(t *testing.T) []byte {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	now := clock.NewOffset().Now()
	tmpl := &x509.Certificate{SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "Test root"},
		NotBefore: now.AddDate(-1, 0, 0), NotAfter: now.AddDate(1, 0, 0), IsCA: true, BasicConstraintsValid: true}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	return der
}
