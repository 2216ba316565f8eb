package secure

import "testing"

func TestTheDummyHashIsDerivedOnceOnFirstUseAndMatchesNoPassword(t *testing.T) {
	before := KeyDerivations()
	first := DummyHash()
	if got := KeyDerivations() - before; got != 1 {
		t.Fatalf("first use derived %d keys, want 1", got)
	}
	if again := DummyHash(); again != first || KeyDerivations()-before != 1 {
		t.Fatalf("second use derived again or changed the hash")
	}
	if CheckPassword(first, "") || CheckPassword(first, "password") {
		t.Fatal("the dummy hash matches a guessable password")
	}
}
