package testenv

import (
	"context"
	"testing"
	"time"

	"clientportal/testkit/browsertest"
)

// Browser starts the shared test browser (headless Chromium, Debian's or
// PORTAL_CHROMIUM) at a desktop window's size and returns its tab context,
// which closes with the test; each step run in it may take three minutes.
func Browser(t testing.TB) context.Context {
	t.Helper()
	b := browsertest.New(t, browsertest.Viewport(1280, 900), browsertest.Timeout(3*time.Minute))
	ctx, cancel := context.WithTimeout(b.Context(), 3*time.Minute)
	t.Cleanup(cancel)
	return ctx
}
