package config

import (
	"strings"
	"testing"
)

func env(m map[string]string) Lookup {
	return func(k string) (string, bool) { v, ok := m[k]; return v, ok }
}

func TestLoadUsesDefaultsWhenNothingIsSet(t *testing.T) {
	c, err := Load(env(nil))
	if err != nil {
		t.Fatal(err)
	}
	if c.Addr != "127.0.0.1:8080" || c.BaseURL.String() != "http://localhost:8080" || c.DatabaseURL != "" || !c.DevMailbox() {
		t.Fatalf("unexpected defaults: %+v", c)
	}
}

func TestLoadNamesTheBadVariable(t *testing.T) {
	cases := map[string]map[string]string{
		"PORTAL_ADDR":            {"PORTAL_ADDR": "8080"},
		"PORTAL_BASE_URL":        {"PORTAL_BASE_URL": "localhost"},
		"PORTAL_DATABASE_URL":    {"PORTAL_DATABASE_URL": "mysql://x"},
		"PORTAL_SMTP_URL":        {"PORTAL_SMTP_URL": "smtp://:secret@host"},
		"PORTAL_TRUSTED_PROXIES": {"PORTAL_TRUSTED_PROXIES": "10.0.0.1, not-an-ip"},
		"PORTAL_SECRET_KEY":      {"PORTAL_SECRET_KEY": "too-short"},
	}
	for name, vars := range cases {
		t.Run(name, func(t *testing.T) {
			_, err := Load(env(vars))
			if err == nil || !strings.Contains(err.Error(), name) {
				t.Fatalf("want an error naming %s, got %v", name, err)
			}
			if strings.Contains(err.Error(), "secret") {
				t.Fatalf("error leaks a password: %v", err)
			}
		})
	}
}
