package ui

import (
	"context"
	"strings"
	"testing"

	"clientportal/testkit/browsertest"
)

// assertAccessible runs axe-core (vendored) on the current page, through
// the shared test browser's runner, and fails on serious or critical
// violations.
func assertAccessible(t *testing.T, ctx context.Context, page string) {
	t.Helper()
	vs, err := browsertest.AxeIn(ctx)
	if err != nil {
		t.Fatalf("accessibility check of %s: %v", page, err)
	}
	var msgs []string
	for _, v := range vs {
		msgs = append(msgs, v.String())
	}
	if len(msgs) > 0 {
		t.Errorf("%s has accessibility violations:\n%s", page, strings.Join(msgs, "\n"))
	}
}
