package web_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"clientportal/server/internal/systemtest"
)

// ownerSignIn posts a password to POST /api/v1/owner-tokens from the client
// address ip (behind the trusted proxy) and returns the status and Retry-After.
func ownerSignIn(t *testing.T, app interface {
	Test(*http.Request, ...int) (*http.Response, error)
}, ip, password string) (int, int) {
	t.Helper()
	req := httptest.NewRequest(http.MethodPost, "/api/v1/owner-tokens",
		strings.NewReader(fmt.Sprintf(`{"email":"owner@acme.test","password":%q}`, password)))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Forwarded-For", ip)
	res, err := app.Test(req, -1)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	after, _ := strconv.Atoi(res.Header.Get("Retry-After"))
	return res.StatusCode, after
}

func TestWrongOwnerPasswordsSlowTheNextTryDownButNeverLockTheOwnerOut(t *testing.T) {
	sys := systemtest.Open(t, "sqlite", map[string]string{"PORTAL_BASE_URL": "http://localhost:8080", "PORTAL_TRUSTED_PROXIES": "0.0.0.0"})
	clk := systemtest.Clock(t, sys)
	ctx := context.Background()
	if _, err := sys.Workspaces.Setup(ctx, "Acme", "owner@acme.test"); err != nil {
		t.Fatal(err)
	}
	if err := sys.Workspaces.SetOwnerPassword(ctx, "owner@acme.test", "", "correct horse battery"); err != nil {
		t.Fatal(err)
	}
	attacker := "203.0.113.1"
	for i := range 3 {
		if status, _ := ownerSignIn(t, sys.App, attacker, "wrong"); status != http.StatusUnauthorized {
			t.Fatalf("wrong password %d answered %d, want 401", i+1, status)
		}
	}
	status, wait := ownerSignIn(t, sys.App, attacker, "wrong")
	if status != http.StatusTooManyRequests || wait != 1 {
		t.Fatalf("a fourth try at once answered %d with Retry-After %d, want 429 after 1 s", status, wait)
	}
	clk.Advance(1100 * time.Millisecond)
	if status, _ := ownerSignIn(t, sys.App, attacker, "wrong"); status != http.StatusUnauthorized {
		t.Fatalf("the try after the wait answered %d, want 401", status)
	}
	if status, wait := ownerSignIn(t, sys.App, attacker, "wrong"); status != http.StatusTooManyRequests || wait != 2 {
		t.Fatalf("the next try answered %d with Retry-After %d, want 429 after 2 s (the wait doubles)", status, wait)
	}

	for i := range 30 { // a spread-out attack: one wrong password from each of 30 addresses
		ownerSignIn(t, sys.App, fmt.Sprintf("198.51.100.%d", i+10), "wrong")
	}
	owner := "192.0.2.44"
	status, wait = ownerSignIn(t, sys.App, owner, "correct horse battery")
	if status == http.StatusTooManyRequests && (wait < 1 || wait > 60) {
		t.Fatalf("the owner is told to wait %d s, want at most a minute", wait)
	}
	if status != http.StatusCreated {
		clk.Advance(time.Duration(wait)*time.Second + 100*time.Millisecond)
		status, _ = ownerSignIn(t, sys.App, owner, "correct horse battery")
	}
	if status != http.StatusCreated {
		t.Fatalf("after at most a minute the owner's right password answered %d, want 201", status)
	}
}
