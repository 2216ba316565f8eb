package browsertest

import (
	"fmt"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// failureRecorder is a real test whose Fatalf is recorded instead of failing
// the outer test, so a test can assert how the helper fails.
type failureRecorder struct {
	testing.TB
	failure string
}

func (r *failureRecorder) Fatalf(format string, args ...any) {
	r.failure = fmt.Sprintf(format, args...)
	runtime.Goexit()
}

// recordFailure runs fn as a test would and returns its fatal message ("" if
// it did not fail).
func recordFailure(t *testing.T, fn func(testing.TB)) string {
	t.Helper()
	rec := &failureRecorder{TB: t}
	done := make(chan struct{})
	go func() {
		defer close(done)
		fn(rec)
	}()
	<-done
	return rec.failure
}

func TestMissingChromiumFailsAndNamesMakeDeps(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "no-chromium-here")
	t.Setenv("PORTAL_CHROMIUM", missing)
	failure := recordFailure(t, func(tb testing.TB) { New(tb) })
	if !strings.Contains(failure, "make deps") || !strings.Contains(failure, missing) {
		t.Errorf("failure %q does not name the missing path and `make deps`", failure)
	}
}

func TestSelectorThatNeverAppearsFailsAfterTheTimeout(t *testing.T) {
	srv := servePages(t)
	start := time.Now()
	failure := recordFailure(t, func(tb testing.TB) {
		b := New(tb, Timeout(time.Second))
		b.Run(chromedp.Navigate(srv.URL + "/"))
		b.Text("#never-there")
	})
	if !strings.Contains(failure, "timeout 1s") {
		t.Errorf("failure %q does not mention the 1s timeout", failure)
	}
	if elapsed := time.Since(start); elapsed > 10*time.Second {
		t.Errorf("failing took %s, want about the 1s timeout", elapsed)
	}
}

func TestWaitTrueThatNeverHoldsFailsNamingWhatItWaitedFor(t *testing.T) {
	srv := servePages(t)
	failure := recordFailure(t, func(tb testing.TB) {
		b := New(tb, Timeout(time.Second))
		b.Run(chromedp.Navigate(srv.URL + "/"))
		b.WaitTrue(`document.title === "Elsewhere"`, "the other page")
	})
	if !strings.Contains(failure, "the other page did not happen within 1s") {
		t.Errorf("failure %q does not say what was waited for and for how long", failure)
	}
}
