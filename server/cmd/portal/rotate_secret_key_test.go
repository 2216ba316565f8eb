package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRotateSecretKeyRefusesAMissingOrShortNewKeyAndLeavesTheKeyFileAlone(t *testing.T) {
	cases := []struct{ name, newKey, want string }{
		{"missing", "", "PORTAL_NEW_SECRET_KEY"},
		{"too short", strings.Repeat("ab", 16), "at least 32"},
		{"not a key", "correct horse battery staple", "hex or base64"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := portalEnv(t, map[string]string{"PORTAL_NEW_SECRET_KEY": c.newKey})
			_, stderr, err := runPortal(t, "rotate-secret-key")
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("rotate-secret-key gave %v (%s); want a refusal saying %q", err, stderr, c.want)
			}
			if _, err := os.Stat(filepath.Join(dir, "secret_key")); !os.IsNotExist(err) {
				t.Error("a refused rotation still touched the data folder")
			}
		})
	}
}

func TestRotateSecretKeyResealsUnderTheNewKeyAndSaysWhatToSetNext(t *testing.T) {
	oldKey, newKey := strings.Repeat("11", 32), strings.Repeat("22", 32)
	portalEnv(t, map[string]string{"PORTAL_SECRET_KEY": oldKey})
	if _, stderr, err := runPortal(t, "setup", "--workspace", "Acme", "--email", "owner@acme.test"); err != nil {
		t.Fatalf("setup: %v\n%s", err, stderr)
	}
	t.Setenv("PORTAL_NEW_SECRET_KEY", oldKey)
	if _, _, err := runPortal(t, "rotate-secret-key"); err == nil || !strings.Contains(err.Error(), "current server key") {
		t.Fatalf("rotating to the same key gave %v, want a refusal", err)
	}
	t.Setenv("PORTAL_NEW_SECRET_KEY", newKey)
	_, stderr, err := runPortal(t, "rotate-secret-key")
	if err != nil {
		t.Fatalf("rotate-secret-key: %v\n%s", err, stderr)
	}
	for _, want := range []string{"Re-sealed", "set PORTAL_SECRET_KEY"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("the output lacks %q:\n%s", want, stderr)
		}
	}
	if strings.Contains(stderr, newKey) {
		t.Error("the new key is printed")
	}
}
