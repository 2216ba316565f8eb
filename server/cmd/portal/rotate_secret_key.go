package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"

	"clientportal/server/internal/config"
	"clientportal/server/internal/secure"
	"clientportal/server/internal/system"
	"clientportal/shared/clock"
)

// rotateSecretKey re-seals every secret kept in the database under a new
// server key: `portal rotate-secret-key` with the key in
// PORTAL_NEW_SECRET_KEY, or `--new-key-file PATH`. All of it changes in one
// transaction, or nothing does.
func rotateSecretKey(ctx context.Context, cfg config.Config, args []string, getenv config.Lookup, stderr io.Writer) error {
	fs := flag.NewFlagSet("rotate-secret-key", flag.ContinueOnError)
	fs.SetOutput(stderr)
	keyFile := fs.String("new-key-file", "", "file holding the new server key (instead of PORTAL_NEW_SECRET_KEY)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	newKey, err := readNewSecretKey(*keyFile, getenv)
	if err != nil {
		return err
	}
	next, err := secure.NewSealer(newKey)
	if err != nil {
		return err
	}
	sys, err := system.Open(ctx, cfg, clock.Real{})
	if err != nil {
		return err
	}
	defer sys.Close()
	if bytes.Equal(sys.Config.SecretKey, newKey) {
		return errors.New("the new key is the current server key; make a new one with: openssl rand -hex 32")
	}
	if _, err := sys.Store.Migrate(ctx); err != nil {
		return err
	}
	n, err := sys.Store.ResealSecrets(ctx, next)
	if err != nil {
		return fmt.Errorf("nothing was changed: %w", err)
	}
	fmt.Fprintf(stderr, "Re-sealed %d signing key(s), %d remembered answer(s) and %d workspace(s)' Stripe keys under the new key.\n%s\n",
		n.SigningKeys, n.Answers, n.StripeKeys, nextStep(cfg, sys.Config, *keyFile))
	return nil
}

// readNewSecretKey reads the new key from the file, when one is named, or
// from PORTAL_NEW_SECRET_KEY.
func readNewSecretKey(file string, getenv config.Lookup) (config.Secret, error) {
	if file != "" {
		b, err := os.ReadFile(file)
		if err != nil {
			return nil, fmt.Errorf("--new-key-file %q cannot be read: %w", file, err)
		}
		return config.ParseSecretKey(fmt.Sprintf("--new-key-file %q", file), string(b))
	}
	v, ok := getenv("PORTAL_NEW_SECRET_KEY")
	if !ok || strings.TrimSpace(v) == "" {
		return nil, errors.New("no new key: set PORTAL_NEW_SECRET_KEY (e.g. to the output of: openssl rand -hex 32) or pass --new-key-file")
	}
	return config.ParseSecretKey("PORTAL_NEW_SECRET_KEY", v)
}

// nextStep says where the new key must go before the server starts again.
func nextStep(fromEnv, loaded config.Config, keyFile string) string {
	restart := " and restart every instance; the old key no longer opens this database's secrets."
	if len(fromEnv.SecretKey) == 0 {
		slog.Warn("the server key was kept in the data folder", "file", loaded.SecretKeyPath())
		return "Next: replace the contents of " + loaded.SecretKeyPath() + " with the new key (or set PORTAL_SECRET_KEY to it)" + restart
	}
	if keyFile != "" {
		return "Next: point PORTAL_SECRET_KEY_FILE at " + keyFile + " (or set PORTAL_SECRET_KEY to its key)" + restart
	}
	return "Next: set PORTAL_SECRET_KEY (or the file PORTAL_SECRET_KEY_FILE names) to the value of PORTAL_NEW_SECRET_KEY, then unset PORTAL_NEW_SECRET_KEY," + restart
}

// sealPlainSecrets seals the secrets an older release kept in clear.
func sealPlainSecrets(ctx context.Context, sys *system.System) error {
	n, err := sys.Store.SealPlainSecrets(ctx)
	if err != nil {
		return fmt.Errorf("seal the secrets kept in clear: %w", err)
	}
	if n.SigningKeys+n.Answers > 0 {
		slog.Info("sealed secrets kept in clear", "signing_keys", n.SigningKeys, "answers", n.Answers)
	}
	return nil
}
