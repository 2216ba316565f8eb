package accounts

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"clientportal/app/internal/testenv"
)

func TestATokenTheKeyringCannotKeepGoesToThePrivateFileWithTheReason(t *testing.T) {
	testenv.SecretService(t, false)
	var k *Keyring
	var err error
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		if k, err = OpenKeyring(); err == nil {
			break
		}
	}
	if err != nil {
		t.Fatalf("open keyring: %v", err)
	}
	if err := k.Set("acc1", "cpo_token"); err == nil {
		t.Skip("this keyring stores tokens without a login collection: nothing to fall back from")
	}

	dir := t.TempDir()
	s := DefaultSecrets(dir)
	if err := s.Set("acc1", "cpo_token"); err != nil {
		t.Fatalf("Set with a keyring that cannot keep the token: %v", err)
	}
	if got, err := s.Get("acc1"); err != nil || got != "cpo_token" {
		t.Fatalf("Get = %q, %v; want the token from the file", got, err)
	}
	info, err := os.Stat(filepath.Join(dir, "token-acc1"))
	if err != nil || info.Mode().Perm() != 0o600 {
		t.Fatalf("token file: %v, %v; want mode 0600", info, err)
	}
	if w := s.Where(); !strings.Contains(w, "private file") || !strings.Contains(w, "keyring could not keep it") {
		t.Fatalf("Where = %q; want the file and why", w)
	}
	if err := s.Delete("acc1"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Get("acc1"); err != ErrNoSecret {
		t.Fatalf("after Delete: %v, want ErrNoSecret", err)
	}
}
