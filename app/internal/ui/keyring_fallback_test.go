package ui

import (
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"clientportal/app/internal/accounts"
	"clientportal/app/internal/desk"
	"clientportal/app/internal/testenv"
)

func TestAKeyringWithoutALoginCollectionFallsBackToTheFileWithANotice(t *testing.T) {
	testenv.SecretService(t, false) // a fresh keyring: never set up, no login collection
	var err error
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		if _, err = accounts.OpenKeyring(); err == nil {
			break
		}
	}
	if err != nil {
		t.Fatalf("open keyring: %v", err)
	}
	portal := testenv.StartPortal(t)
	dir := t.TempDir()
	app, err := desk.New(testenv.Context(t), desk.Config{Dir: dir}) // the default: keyring, else file
	if err != nil {
		t.Fatal(err)
	}
	app.Start(testenv.Context(t))
	ui, err := New(app)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(ui)
	t.Cleanup(func() { srv.Close(); app.Stop() })
	h := &harness{App: app, UI: srv, H: ui, Dir: dir}

	res, body := post(t, h, "/connect", url.Values{"server": {portal.URL}, "token": {portal.Token}})
	if res.Header.Get("HX-Redirect") != "/dashboard/" {
		t.Fatalf("connect with a keyring that cannot keep the token: %d\n%s", res.StatusCode, body)
	}
	_, dash := get(t, h, "/dashboard/")
	for _, want := range []string{"Invited users", "Your owner token is kept in a private file", "no login keyring yet"} {
		if !strings.Contains(dash, want) {
			t.Fatalf("dashboard lacks %q:\n%s", want, dash)
		}
	}
	if tok, err := (accounts.FileSecrets{Dir: dir}).Get(accountID(t, h)); err != nil || tok != portal.Token {
		t.Fatalf("token file: %q, %v", tok, err)
	}
}

func accountID(t *testing.T, h *harness) string {
	t.Helper()
	c, err := h.App.Current()
	if err != nil {
		t.Fatal(err)
	}
	return c.Account.ID
}
