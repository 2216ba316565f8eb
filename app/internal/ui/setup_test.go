package ui

import (
	"net/http/httptest"
	"testing"
	"time"

	"clientportal/app/internal/accounts"
	"clientportal/app/internal/desk"
	"clientportal/app/internal/testenv"
)

// harness is a running desktop core and its UI handler over net/http.
type harness struct {
	App *desk.App
	UI  *httptest.Server
	H   *Handler
	Dir string
}

// testLiveWait is how long GET /live waits for a change in tests.
const testLiveWait = time.Second

// newHarness starts the app with its files in a temp folder (tokens in 0600 files).
func newHarness(t testing.TB) *harness {
	t.Helper()
	dir := t.TempDir()
	app, err := desk.New(testenv.Context(t), desk.Config{Dir: dir, Secrets: accounts.FileSecrets{Dir: dir}, RetryEvery: 300 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	app.Start(testenv.Context(t))
	h, err := New(app)
	if err != nil {
		t.Fatal(err)
	}
	// A page's wait for a change ends with its tab; a short wait still keeps
	// a test's end short when a tab is left open. A change answers at once.
	h.liveWait = testLiveWait
	srv := httptest.NewServer(h)
	t.Cleanup(func() { srv.Close(); app.Stop() })
	return &harness{App: app, UI: srv, H: h, Dir: dir}
}

// waitOnline waits until the app has opened the server's event stream.
func waitOnline(t *testing.T, h *harness) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for !h.App.Live.Status().Streaming {
		if time.Now().After(deadline) {
			t.Fatal("the app never reached the server's event stream")
		}
		time.Sleep(50 * time.Millisecond)
	}
}
