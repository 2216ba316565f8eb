package config

import (
	"strings"
	"testing"
)

func TestDBMaxConnsIsReadWhenItIsAWholeNumber(t *testing.T) {
	cases := map[string]int{"": 0, "2": 2, " 40 ": 40, "10000": 10000}
	for raw, want := range cases {
		c, err := Load(env(map[string]string{"PORTAL_DB_MAX_CONNS": raw}))
		if err != nil {
			t.Fatalf("PORTAL_DB_MAX_CONNS=%q: %v", raw, err)
		}
		if c.DBMaxConns != want {
			t.Fatalf("PORTAL_DB_MAX_CONNS=%q gave %d, want %d", raw, c.DBMaxConns, want)
		}
	}
}

func TestBadDBMaxConnsIsRefusedNamingTheVariable(t *testing.T) {
	for _, raw := range []string{"0", "-3", "ten", "2.5", "10001"} {
		t.Run(raw, func(t *testing.T) {
			_, err := Load(env(map[string]string{"PORTAL_DB_MAX_CONNS": raw}))
			if err == nil || !strings.Contains(err.Error(), "PORTAL_DB_MAX_CONNS") || !strings.Contains(err.Error(), raw) {
				t.Fatalf("PORTAL_DB_MAX_CONNS=%q: want an error naming the variable and the value, got %v", raw, err)
			}
		})
	}
}
