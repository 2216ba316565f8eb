package links

import (
	"bytes"
	"crypto/sha256"
	"testing"

	"clientportal/server/internal/model"
	"clientportal/server/internal/storetest"
)

// A 6-digit code has a million values: a hash anyone can recompute from the
// row (its id and the code) gives the code back to whoever reads the
// database. The stored hash is keyed by the server key instead.
func TestAStoredCodeCannotBeRecomputedFromItsRowWithoutTheServerKey(t *testing.T) {
	f := newFixture(t, "sqlite")
	l := f.svc.newLink(f.contact("jane@client.test", "Jane Doe"), model.LinkLoginEmail, f.sessions.SessionIdle, true, f.now())
	if l.Code == "" || len(l.Link.CodeHash) != sha256.Size {
		t.Fatalf("the link has code %q and a %d-byte hash", l.Code, len(l.Link.CodeHash))
	}
	plain := sha256.Sum256([]byte(l.Link.ID + ":" + l.Code))
	if bytes.Equal(l.Link.CodeHash, plain[:]) {
		t.Fatal("the code is stored as an unkeyed SHA-256 of its link id and digits")
	}
	other := storetest.NewSealer(t).MAC("login-code", []byte(l.Link.ID+":"+l.Code))
	if bytes.Equal(l.Link.CodeHash, other) {
		t.Fatal("another server key recomputes the stored hash")
	}
	if !bytes.Equal(l.Link.CodeHash, f.svc.codeHash(l.Link.ID, l.Code)) {
		t.Fatal("the server's own key does not recompute the stored hash")
	}
}
