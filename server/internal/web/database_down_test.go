package web_test

import (
	"net/http"
	"strings"
	"testing"
)

// A database that cannot be reached is a moment to wait, not a logout: the
// client gets 503 with Retry-After and keeps the session cookie.
func TestADatabaseOutageAnswers503AndDoesNotEndTheClientsSession(t *testing.T) {
	lp := newLivePortal(t, "sqlite")
	ada := lp.newContact("Ada Lovelace", "ada@example.test")
	c := lp.signIn(ada)
	if err := lp.sys.Store.Close(); err != nil {
		t.Fatal(err)
	}
	c.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	for _, path := range []string{"/dashboard", "/invoices"} {
		res, err := c.Get(lp.origin() + path)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode != http.StatusServiceUnavailable || res.Header.Get("Retry-After") == "" {
			t.Errorf("GET %s with the database down answered %d (Retry-After %q, Location %q), want 503 with Retry-After",
				path, res.StatusCode, res.Header.Get("Retry-After"), res.Header.Get("Location"))
		}
		for _, ck := range res.Cookies() {
			if ck.Name == "portal_session" && (ck.Value == "" || ck.MaxAge < 0) {
				t.Errorf("GET %s cleared the session cookie", path)
			}
		}
		if strings.HasPrefix(res.Header.Get("Location"), "/login") {
			t.Errorf("GET %s sent the client to the login page", path)
		}
	}
}
