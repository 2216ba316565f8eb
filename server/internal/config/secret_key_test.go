package config

import (
	"bytes"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

func TestSecretKeyIsReadAsHexOrBase64(t *testing.T) {
	key := bytes.Repeat([]byte{0xab}, 32)
	file := filepath.Join(t.TempDir(), "key")
	os.WriteFile(file, []byte(base64.StdEncoding.EncodeToString(key)+"\n"), 0o600)
	cases := map[string]map[string]string{
		"hex":         {"PORTAL_SECRET_KEY": hex.EncodeToString(key)},
		"base64":      {"PORTAL_SECRET_KEY": base64.StdEncoding.EncodeToString(key)},
		"base64url":   {"PORTAL_SECRET_KEY": base64.RawURLEncoding.EncodeToString(key)},
		"file base64": {"PORTAL_SECRET_KEY_FILE": file},
	}
	for name, vars := range cases {
		t.Run(name, func(t *testing.T) {
			c, err := Load(env(vars))
			if err != nil || !bytes.Equal(c.SecretKey, key) {
				t.Fatalf("key %x, err %v; want %x", []byte(c.SecretKey), err, key)
			}
		})
	}
}

func TestABadSecretKeyNamesTheVariableButNotTheValue(t *testing.T) {
	short := hex.EncodeToString(bytes.Repeat([]byte{1}, 16))
	cases := map[string]map[string]string{
		"PORTAL_SECRET_KEY":      {"PORTAL_SECRET_KEY": short},
		"PORTAL_SECRET_KEY ":     {"PORTAL_SECRET_KEY": "not a key at all!"},
		"PORTAL_SECRET_KEY_FILE": {"PORTAL_SECRET_KEY_FILE": filepath.Join(t.TempDir(), "missing")},
	}
	for name, vars := range cases {
		t.Run(name, func(t *testing.T) {
			_, err := Load(env(vars))
			if err == nil || !strings.Contains(err.Error(), strings.TrimSpace(name)) {
				t.Fatalf("want an error naming %s, got %v", name, err)
			}
			if v := vars["PORTAL_SECRET_KEY"]; v != "" && strings.Contains(err.Error(), v) {
				t.Fatalf("the error shows the key: %v", err)
			}
		})
	}
}

func TestAnUnsetSecretKeyIsGeneratedOnceInTheDataFolderReadableByOwnerOnly(t *testing.T) {
	dir := t.TempDir()
	keys := make([]Secret, 8)
	var wg sync.WaitGroup
	for i := range keys {
		wg.Go(func() {
			c := Config{DataDir: dir}
			if err := c.EnsureSecretKey(); err != nil {
				t.Error(err)
			}
			keys[i] = c.SecretKey
		})
	}
	wg.Wait()
	for _, k := range keys {
		if len(k) != 32 || !bytes.Equal(k, keys[0]) {
			t.Fatalf("instances starting together got different keys: %x", keys)
		}
	}
	info, err := os.Stat(Config{DataDir: dir}.SecretKeyPath())
	if err != nil || info.Mode().Perm() != 0o600 {
		t.Fatalf("key file: %v, mode %v; want 0600", err, info.Mode().Perm())
	}
	again := Config{DataDir: dir}
	if err := again.EnsureSecretKey(); err != nil || !bytes.Equal(again.SecretKey, keys[0]) {
		t.Fatalf("a restart read another key (%v)", err)
	}
}

func TestAKeyFromTheEnvironmentWinsAndNothingIsWritten(t *testing.T) {
	dir := t.TempDir()
	c, err := Load(env(map[string]string{"PORTAL_DATA_DIR": dir, "PORTAL_SECRET_KEY": strings.Repeat("ab", 32)}))
	if err != nil {
		t.Fatal(err)
	}
	if err := c.EnsureSecretKey(); err != nil || c.SecretKey[0] != 0xab {
		t.Fatalf("key %v, err %v", c.SecretKey, err)
	}
	if _, err := os.Stat(c.SecretKeyPath()); err == nil {
		t.Fatal("a key file was written although PORTAL_SECRET_KEY is set")
	}
}

func TestTheSecretKeyNeverPrints(t *testing.T) {
	c := Config{SecretKey: Secret(bytes.Repeat([]byte{0xab}, 32))}
	for _, s := range []string{fmt.Sprintf("%v", c), fmt.Sprintf("%+v", c), fmt.Sprintf("%#v", c)} {
		if strings.Contains(s, "171") || strings.Contains(strings.ToLower(s), "abab") {
			t.Fatalf("the config prints its key: %s", s)
		}
	}
}
