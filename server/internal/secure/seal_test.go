package secure

import (
	"bytes"
	"errors"
	"strings"
	"testing"
)

func testSealer(t *testing.T, fill byte) *Sealer {
	t.Helper()
	s, err := NewSealer(bytes.Repeat([]byte{fill}, MinSealKey))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestASealedValueOpensOnlyWithTheSameKeyPurposeAndBinding(t *testing.T) {
	key := testSealer(t, 1)
	sealed, err := key.Seal("signing-key", []byte("-----BEGIN PRIVATE KEY-----"), []byte("ws-1"))
	if err != nil {
		t.Fatal(err)
	}
	if !IsSealed(sealed) || bytes.Contains(sealed, []byte("PRIVATE KEY")) {
		t.Fatalf("sealed value %q is unmarked or shows the secret", sealed)
	}
	if plain, err := key.Open("signing-key", sealed, []byte("ws-1")); err != nil || string(plain) != "-----BEGIN PRIVATE KEY-----" {
		t.Fatalf("open gave %q, %v", plain, err)
	}
	cases := []struct {
		name, purpose, binding string
		sealer                 *Sealer
		want                   error
	}{
		{"another server key", "signing-key", "ws-1", testSealer(t, 2), ErrWrongServerKey},
		{"another purpose", "idempotent-answer", "ws-1", key, ErrWrongServerKey},
		{"another row", "signing-key", "ws-2", key, ErrWrongServerKey},
		{"no server key", "signing-key", "ws-1", nil, ErrNoServerKey},
	}
	for _, c := range cases {
		_, err := c.sealer.Open(c.purpose, sealed, []byte(c.binding))
		if !errors.Is(err, c.want) || !strings.Contains(err.Error(), "PORTAL_SECRET_KEY") {
			t.Errorf("%s: open gave %v, want %v naming PORTAL_SECRET_KEY", c.name, err, c.want)
		}
	}
}

func TestSealingTheSameValueTwiceGivesDifferentTexts(t *testing.T) {
	s := testSealer(t, 1)
	a, _ := s.Seal("p", []byte("same"), nil)
	b, _ := s.Seal("p", []byte("same"), nil)
	if bytes.Equal(a, b) {
		t.Fatal("two seals of one value are equal: the nonce is not random")
	}
}

func TestASealerRefusesAShortKeyAndDamagedOrPlainValues(t *testing.T) {
	if _, err := NewSealer(make([]byte, MinSealKey-1)); err == nil || !strings.Contains(err.Error(), "PORTAL_SECRET_KEY") {
		t.Errorf("a 31-byte key gave %v, want a refusal naming PORTAL_SECRET_KEY", err)
	}
	s := testSealer(t, 1)
	for _, v := range []string{"plain text", "sealed:v1:", "sealed:v1:!!!"} {
		if _, err := s.Open("p", []byte(v), nil); err == nil {
			t.Errorf("open %q succeeded", v)
		}
	}
}
