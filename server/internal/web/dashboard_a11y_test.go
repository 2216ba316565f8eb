package web_test

import (
	"errors"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"clientportal/server/internal/model"
	"clientportal/testkit/browsertest"
)

// portalPages are the signed-in pages of the portal this feature owns.
var portalPages = []string{"/dashboard", "/documents", "/courses", "/invoices", "/messages", "/groups", "/profile"}

// publicPages are the pages a person sees before logging in.
var publicPages = []string{"/login", "/login/code", "/login/password", "/login/magic/not-a-real-link", "/no-such-page"}

func TestEveryPortalPageHasNoSeriousAccessibilityViolationOnAPhoneOrADesktop(t *testing.T) {
	lp := newLivePortal(t, "sqlite")
	ada := lp.newContact("Ada Lovelace", "ada@example.test")
	lp.addDocument(ada, "Website redesign contract", model.DocSent)
	lp.addDocument(ada, "Statement of work", model.DocCompleted)
	b := browsertest.New(t, phone)
	check := func(where string) {
		t.Helper()
		for _, v := range b.Axe() {
			t.Errorf("%s: %s", where, v)
		}
		for _, e := range b.ConsoleErrors() {
			if !strings.Contains(e, "status of 404") || !strings.HasSuffix(e, "/no-such-page") { // the 404 page's own status
				t.Errorf("%s: console error %q", where, e)
			}
		}
	}
	for _, p := range publicPages {
		b.Run(chromedp.Navigate(lp.origin() + p))
		check(p)
	}
	b.Run(chromedp.Navigate(lp.magicLink(ada)))
	check("the Continue as page")
	b.Run(chromedp.Click(chromedp.CSS(`main form button[type=submit]`), chromedp.NodeVisible), chromedp.WaitVisible(chromedp.CSS(`#greeting`)))
	for _, p := range portalPages {
		b.Run(chromedp.Navigate(lp.origin() + p))
		check(p + " on a phone")
	}
	b.Run(chromedp.Navigate(lp.origin()+"/dashboard"), chromedp.Click(chromedp.CSS(`.switcher > summary`), chromedp.NodeVisible))
	check("the dashboard with the switcher open")
	// On a desktop the side navigation and the wider layout appear.
	b.Run(chromedp.EmulateViewport(1280, 800))
	for _, p := range []string{"/dashboard", "/profile"} {
		b.Run(chromedp.Navigate(lp.origin() + p))
		check(p + " on a desktop")
	}
	b.Run(chromedp.Click(chromedp.CSS(`.account > summary`), chromedp.NodeVisible))
	check("the profile with the account menu open on a desktop")
}

// vnuJar is the Nu Html Checker that `make deps` installs, from the
// repository root.
const vnuJar = "frontend/node_modules/vnu-jar/build/dist/vnu.jar"

func TestTheNuHtmlCheckerFindsNoErrorInAnyPortalPage(t *testing.T) {
	jar := repoFile(t, vnuJar)
	lp := newLivePortal(t, "sqlite")
	ada := lp.newContact("Ada Lovelace", "ada@example.test")
	lp.addDocument(ada, "Website redesign contract", model.DocSent)
	dir := t.TempDir()
	anyone := lp.httpClient()
	for _, p := range publicPages {
		savePage(t, dir, p, fetchAny(t, anyone, lp.origin()+p))
	}
	savePage(t, dir, "magic", get(t, anyone, lp.magicLink(ada)))
	c := lp.signIn(ada)
	for _, p := range portalPages {
		savePage(t, dir, p, get(t, c, lp.origin()+p))
	}
	_, refused := upload(t, c, lp.origin()+"/profile", "/profile/avatar", "picture", "notes.png", []byte("text"))
	savePage(t, dir, "profile-refused", refused)
	files, _ := filepath.Glob(filepath.Join(dir, "*.html"))
	out, err := exec.Command("java", append([]string{"-jar", jar, "--errors-only"}, files...)...).CombinedOutput()
	var exit *exec.ExitError
	if err != nil && !errors.As(err, &exit) {
		t.Fatalf("run the Nu Html Checker (java): %v\n%s", err, out)
	}
	if err != nil || len(strings.TrimSpace(string(out))) > 0 {
		t.Errorf("the Nu Html Checker reports errors:\n%s", out)
	}
}

func savePage(t *testing.T, dir, name, html string) {
	t.Helper()
	file := strings.Trim(strings.NewReplacer("/", "_").Replace(name), "_") + ".html"
	if err := os.WriteFile(filepath.Join(dir, file), []byte(html), 0o644); err != nil {
		t.Fatal(err)
	}
}

// fetchAny fetches a page whatever its status (the 404 page is a page too).
func fetchAny(t *testing.T, c *http.Client, u string) string {
	t.Helper()
	res, err := c.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	return readAll(res)
}

// repoFile finds a file by its path from the repository root.
func repoFile(t *testing.T, rel string) string {
	t.Helper()
	dir, _ := os.Getwd()
	for {
		p := filepath.Join(dir, rel)
		if _, err := os.Stat(p); err == nil {
			return p
		}
		if filepath.Dir(dir) == dir {
			t.Fatalf("%s not found above the test folder; run `make deps` to install it", rel)
		}
		dir = filepath.Dir(dir)
	}
}
