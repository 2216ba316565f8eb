// Package stripetest runs Stripe's API simulator (stripe-mock, built into
// build/tools by `make deps-tools`) for a test, and signs webhook payloads
// the way Stripe does.
package stripetest

import (
	"bufio"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// Binary finds stripe-mock: PORTAL_STRIPE_MOCK, else build/tools/stripe-mock
// in the workspace root above the test's folder. A test that needs it fails
// when it is missing.
func Binary(t testing.TB) string {
	t.Helper()
	if p := os.Getenv("PORTAL_STRIPE_MOCK"); p != "" {
		if _, err := os.Stat(p); err != nil {
			t.Fatalf("PORTAL_STRIPE_MOCK=%s: %v (run `make deps-tools`)", p, err)
		}
		return p
	}
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for ; dir != filepath.Dir(dir); dir = filepath.Dir(dir) {
		if _, err := os.Stat(filepath.Join(dir, "go.work")); err == nil {
			p := filepath.Join(dir, "build", "tools", "stripe-mock")
			if _, err := os.Stat(p); err != nil {
				t.Fatalf("stripe-mock, Stripe's API simulator, is missing at %s: run `make deps-tools` (or set PORTAL_STRIPE_MOCK)", p)
			}
			return p
		}
	}
	t.Fatalf("stripe-mock is missing: run `make deps-tools` in the workspace root, or set PORTAL_STRIPE_MOCK")
	return ""
}

// Start runs stripe-mock on free loopback ports until the test ends and
// returns its HTTP address (for PORTAL_STRIPE_API_URL).
func Start(t testing.TB) string {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	cmd := exec.CommandContext(ctx, Binary(t), "-http-addr", "127.0.0.1:0", "-https-addr", "127.0.0.1:0")
	out, err := cmd.StdoutPipe()
	if err != nil {
		cancel()
		t.Fatal(err)
	}
	cmd.Stderr = cmd.Stdout
	if err := cmd.Start(); err != nil {
		cancel()
		t.Fatalf("start stripe-mock: %v", err)
	}
	t.Cleanup(func() { cancel(); _ = cmd.Wait() })
	lines := bufio.NewScanner(out)
	const prefix = "Listening for HTTP at address: "
	for lines.Scan() {
		if addr, ok := strings.CutPrefix(strings.TrimSpace(lines.Text()), prefix); ok {
			go drain(lines)
			return "http://" + addr
		}
	}
	t.Fatalf("stripe-mock ended without saying where it listens (%v)", lines.Err())
	return ""
}

func drain(s *bufio.Scanner) {
	for s.Scan() {
	}
}

// Signature is the Stripe-Signature header Stripe sends with payload, signed
// with the endpoint's secret at time at: t=<unix>,v1=<hex HMAC-SHA256 of
// "<unix>.<payload>">.
func Signature(payload []byte, secret string, at time.Time) string {
	mac := hmac.New(sha256.New, []byte(secret))
	fmt.Fprintf(mac, "%d.", at.Unix())
	mac.Write(payload)
	return fmt.Sprintf("t=%d,v1=%s", at.Unix(), hex.EncodeToString(mac.Sum(nil)))
}
