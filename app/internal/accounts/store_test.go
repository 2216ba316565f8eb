package accounts

import (
	"os"
	"path/filepath"
	"testing"
)

func TestTokensAreFilesOnlyTheUserCanRead(t *testing.T) {
	dir := t.TempDir()
	s := FileSecrets{Dir: filepath.Join(dir, "secrets")}
	if err := s.Set("abc", "cpo_secret"); err != nil {
		t.Fatal(err)
	}
	info, err := os.Stat(s.path("abc"))
	if err != nil {
		t.Fatal(err)
	}
	if info.Mode().Perm() != 0o600 {
		t.Fatalf("token file mode %v, want 0600", info.Mode().Perm())
	}
	if got, _ := s.Get("abc"); got != "cpo_secret" {
		t.Fatalf("read back %q", got)
	}
	if err := s.Delete("abc"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Get("abc"); err != ErrNoSecret {
		t.Fatalf("after delete: %v, want ErrNoSecret", err)
	}
}

func TestSeveralAccountsCanBeSavedSwitchedAndForgotten(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(dir, FileSecrets{Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	a := Account{ID: AccountID("http://one.test", "w1"), ServerURL: "http://one.test", WorkspaceName: "One"}
	b := Account{ID: AccountID("http://two.test", "w2"), ServerURL: "http://two.test", WorkspaceName: "Two"}
	if err := s.Save(a, "tok-a"); err != nil {
		t.Fatal(err)
	}
	if err := s.Save(b, "tok-b"); err != nil {
		t.Fatal(err)
	}
	if got, tok, _ := s.Active(); got.ID != b.ID || tok != "tok-b" {
		t.Fatalf("active after two saves: %v %q", got, tok)
	}
	if err := s.Switch(a.ID); err != nil {
		t.Fatal(err)
	}
	reopened, _ := Open(dir, FileSecrets{Dir: dir})
	if got, tok, _ := reopened.Active(); got.ID != a.ID || tok != "tok-a" {
		t.Fatalf("active after switch and restart: %v %q", got, tok)
	}
	if err := reopened.Forget(a.ID); err != nil {
		t.Fatal(err)
	}
	if _, _, ok := reopened.Active(); ok {
		t.Fatal("the forgotten account is still active")
	}
	if _, err := (FileSecrets{Dir: dir}).Get(a.ID); err != ErrNoSecret {
		t.Fatalf("the forgotten account's token is still stored: %v", err)
	}
	if l := reopened.List(); len(l) != 1 || l[0].ID != b.ID {
		t.Fatalf("accounts left: %v", l)
	}
}
