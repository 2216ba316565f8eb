package system_test

import (
	"context"
	"testing"

	"clientportal/server/internal/config"
	"clientportal/server/internal/secure"
	"clientportal/server/internal/system"
	"clientportal/shared/clock"
)

// No other test of this package derives a password key, so the count is
// what loading the packages and opening the server did.
func TestStartingTheServerDerivesNoPasswordHash(t *testing.T) {
	env := map[string]string{"PORTAL_DATA_DIR": t.TempDir()}
	cfg, err := config.Load(func(k string) (string, bool) { v, ok := env[k]; return v, ok })
	if err != nil {
		t.Fatal(err)
	}
	sys, err := system.Open(context.Background(), cfg, clock.NewOffset())
	if err != nil {
		t.Fatal(err)
	}
	defer sys.Close()
	if _, err := sys.Store.Migrate(context.Background()); err != nil {
		t.Fatal(err)
	}
	if n := secure.KeyDerivations(); n != 0 {
		t.Fatalf("start-up derived %d argon2id keys (64 MiB each), want none before the first login", n)
	}
}
