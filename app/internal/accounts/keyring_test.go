package accounts

import (
	"testing"
	"time"

	"clientportal/app/internal/testenv"
)

func TestTokensGoToTheOSKeyringWhenOneAnswers(t *testing.T) {
	testenv.SecretService(t, true)
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
	if got := DefaultSecrets(t.TempDir()).Where(); got != "the system keyring" {
		t.Fatalf("DefaultSecrets with a keyring running = %q", got)
	}
	// The daemon creates its login keyring just after it answers on the bus.
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		if err = k.Set("acc1", "cpo_first"); err == nil {
			break
		}
	}
	if err != nil {
		t.Fatal(err)
	}
	if err := k.Set("acc1", "cpo_second"); err != nil {
		t.Fatal(err)
	}
	if got, err := k.Get("acc1"); err != nil || got != "cpo_second" {
		t.Fatalf("Get = %q, %v; want the replaced token", got, err)
	}
	if err := k.Delete("acc1"); err != nil {
		t.Fatal(err)
	}
	if _, err := k.Get("acc1"); err != ErrNoSecret {
		t.Fatalf("after Delete: %v, want ErrNoSecret", err)
	}
}
