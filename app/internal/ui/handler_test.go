package ui

import (
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"clientportal/app/internal/testenv"
)

// get fetches path from the UI and returns status and body.
func get(t *testing.T, h *harness, path string) (int, string) {
	t.Helper()
	c := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	res, err := c.Get(h.UI.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	if res.StatusCode == http.StatusSeeOther {
		return res.StatusCode, res.Header.Get("Location")
	}
	return res.StatusCode, string(b)
}

// post sends an htmx form post with the CSRF token.
func post(t *testing.T, h *harness, path string, form url.Values) (*http.Response, string) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodPost, h.UI.URL+path, strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("HX-Request", "true")
	req.Header.Set("X-CSRF-Token", h.H.csrf)
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res, string(b)
}

func TestFirstStartAsksToConnect(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	code, body := get(t, h, "/")
	if code != http.StatusOK || !strings.Contains(body, "Connect to your portal server") || !strings.Contains(body, "/static/vendor/htmx.min.js") {
		t.Fatalf("connect page: %d\n%s", code, body)
	}
	if code, _ := get(t, h, "/static/vendor/htmx.min.js"); code != http.StatusOK {
		t.Fatalf("vendored htmx: %d", code)
	}
}

func TestChangesWithoutTheCSRFTokenAreRefused(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	res, err := http.PostForm(h.UI.URL+"/connect", url.Values{"server": {"http://127.0.0.1:1"}, "token": {"x"}})
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusForbidden {
		t.Fatalf("POST without token: %d, want 403", res.StatusCode)
	}
}

func TestConnectShowsWhyAWrongTokenOrServerFails(t *testing.T) {
	t.Parallel()
	portal := testenv.StartPortal(t)
	h := newHarness(t)
	_, body := post(t, h, "/connect", url.Values{"server": {portal.URL}, "token": {"not-a-token"}})
	if !strings.Contains(body, "The server did not accept this token.") {
		t.Fatalf("wrong token: %s", body)
	}
	_, body = post(t, h, "/connect", url.Values{"server": {"http://127.0.0.1:1"}, "token": {portal.Token}})
	if !strings.Contains(body, "Could not reach the server") {
		t.Fatalf("unreachable server: %s", body)
	}
	if len(h.App.Accounts.List()) != 0 {
		t.Fatal("a failed connect saved an account")
	}
}

func TestConnectSavesTheAccountAndTheDashboardShowsThePortal(t *testing.T) {
	t.Parallel()
	portal := testenv.StartPortal(t)
	h := newHarness(t)
	res, _ := post(t, h, "/connect", url.Values{"server": {portal.URL}, "token": {portal.Token}})
	if res.Header.Get("HX-Redirect") != "/dashboard/" {
		t.Fatalf("connect: %d, HX-Redirect %q", res.StatusCode, res.Header.Get("HX-Redirect"))
	}
	code, body := get(t, h, "/dashboard/")
	for _, want := range []string{"Invited users", "Joined users", "acme.localhost", "Acme"} {
		if code != http.StatusOK || !strings.Contains(body, want) {
			t.Fatalf("dashboard lacks %q (%d):\n%s", want, code, body)
		}
	}
}
