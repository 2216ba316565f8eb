package web_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"clientportal/testkit/browsertest"
)

// phone is the viewport of a common phone, in CSS pixels.
var phone = browsertest.Viewport(390, 844)

// signInBrowser logs the contact in as a person does: open the magic link,
// press "Continue as …", land on the dashboard.
func (lp *livePortal) signInBrowser(b *browsertest.Browser, contactID string) {
	lp.t.Helper()
	b.Run(chromedp.Navigate(lp.magicLink(contactID)))
	b.Run(chromedp.Click(chromedp.CSS(`main form button[type=submit]`), chromedp.NodeVisible))
	b.Run(chromedp.WaitVisible(chromedp.CSS(`#greeting`)))
}

// visible reports whether the element matching selector is shown.
func visible(b *browsertest.Browser, selector string) bool {
	return browsertest.Value(b, chromedp.Evaluate[bool](`(() => { const e = document.querySelector(`+jsString(selector)+`);
		return !!e && e.checkVisibility({visibilityProperty: true}); })()`))
}

func jsString(s string) string { return "'" + strings.ReplaceAll(s, "'", "\\'") + "'" }

// noHorizontalScroll fails the test when the page is wider than the viewport.
func noHorizontalScroll(t *testing.T, b *browsertest.Browser, where string) {
	t.Helper()
	over := browsertest.Value(b, chromedp.Evaluate[int](`document.documentElement.scrollWidth - window.innerWidth`))
	if over > 0 {
		t.Errorf("%s scrolls sideways by %d px", where, over)
	}
}

func TestTheGreetingShowsTheClientsNameAndTheirUploadedPicture(t *testing.T) {
	lp := newLivePortal(t, "sqlite")
	ada := lp.newContact("Ada Lovelace", "ada@example.test")
	b := browsertest.New(t, phone)
	lp.signInBrowser(b, ada)
	if got := b.Text("#greeting"); got != "Welcome, Ada" {
		t.Fatalf("greeting %q, want %q", got, "Welcome, Ada")
	}
	if got := b.Text(".hero-avatar .avatar"); got != "AL" {
		t.Errorf("without a picture the greeting shows %q, want the initials AL", got)
	}

	b.Run(chromedp.Navigate(lp.origin() + "/profile"))
	b.Run(chromedp.SetUploadFiles(chromedp.CSS(`#picture`), []string{writeTemp(t, "ada.png", photo(t, 900, 600))}, chromedp.NodeReady))
	b.Run(chromedp.Click(chromedp.CSS(`.picture-form button[type=submit]`), chromedp.NodeVisible))
	if got := b.Text(`.alert-ok`); !strings.Contains(got, "new picture is saved") {
		t.Fatalf("after the upload the profile says %q", got)
	}
	b.Run(chromedp.Navigate(lp.origin() + "/dashboard"))
	b.Run(chromedp.WaitVisible(chromedp.CSS(`.hero-avatar img.avatar`)))
	w := browsertest.Value(b, chromedp.Evaluate[int](`(() => { const i = document.querySelector(".hero-avatar img.avatar");
		return i.complete ? i.naturalWidth : -1; })()`))
	alt := browsertest.Value(b, chromedp.Evaluate[string](`document.querySelector(".hero-avatar img.avatar").alt`))
	if w != 256 || alt != "Profile picture of Ada Lovelace" {
		t.Errorf("the greeting's picture is %d px wide with alt %q; want the 256 px square thumbnail with alt naming Ada", w, alt)
	}
	if errs := b.ConsoleErrors(); len(errs) > 0 {
		t.Errorf("console errors: %q", errs)
	}
}

func TestEachQuickActionTileReachesItsSection(t *testing.T) {
	lp := newLivePortal(t, "sqlite")
	b := browsertest.New(t, phone)
	lp.signInBrowser(b, lp.newContact("Ada Lovelace", "ada@example.test"))
	for _, s := range []struct{ title, path string }{{"Courses", "/courses"}, {"Invoices", "/invoices"}, {"Messages", "/messages"}, {"Groups", "/groups"}} {
		b.Run(chromedp.Navigate(lp.origin() + "/dashboard"))
		b.Run(chromedp.Click(chromedp.CSS(`a.tile[href="`+s.path+`"]`), chromedp.NodeVisible))
		b.Run(chromedp.WaitVisible(chromedp.CSS(`.empty-state`)))
		if got := b.Text("h1"); got != s.title {
			t.Errorf("the %s tile led to a page headed %q", s.title, got)
		}
		if got := browsertest.Value(b, chromedp.Evaluate[string](`location.pathname`)); got != s.path {
			t.Errorf("the %s tile led to %s", s.title, got)
		}
	}
}

func TestTheAppSwitcherOnAPhoneOpensAMenuOfEveryAppAndMovesBetweenThem(t *testing.T) {
	lp := newLivePortal(t, "sqlite")
	b := browsertest.New(t, phone)
	lp.signInBrowser(b, lp.newContact("Ada Lovelace", "ada@example.test"))
	if visible(b, ".sidenav") || visible(b, ".app-grid") {
		t.Fatalf("on a phone the side navigation or the closed switcher menu is shown")
	}
	noHorizontalScroll(t, b, "the dashboard on a phone")
	b.Run(chromedp.Click(chromedp.CSS(`.switcher > summary`), chromedp.NodeVisible))
	b.Run(chromedp.WaitVisible(chromedp.CSS(`.app-grid`)))
	labels := browsertest.Value(b, chromedp.Evaluate[[]string](`[...document.querySelectorAll(".app-grid .app")].map(a => a.innerText.trim())`))
	if got := strings.Join(labels, ","); got != "Dashboard,Documents,Invoices,Courses,Messages,Groups" {
		t.Fatalf("the switcher lists %q", got)
	}
	small := browsertest.Value(b, chromedp.Evaluate[[]string](`[...document.querySelectorAll(".app-grid .app, .topbar summary, .topbar .brand")]
		.filter(e => { const r = e.getBoundingClientRect(); return r.width < 44 || r.height < 44; }).map(e => e.innerText || e.className)`))
	if len(small) > 0 {
		t.Errorf("tap targets smaller than 44 px: %q", small)
	}
	b.Run(chromedp.KeyEvent("\x1b"))
	closed := browsertest.Value(b, chromedp.Poll[bool](`!document.querySelector(".switcher").open`, chromedp.WithPollingTimeout(3*time.Second)))
	if !closed || visible(b, ".app-grid") {
		t.Fatalf("Escape did not close the switcher")
	}
	b.Run(chromedp.Click(chromedp.CSS(`.switcher > summary`), chromedp.NodeVisible), chromedp.Click(chromedp.CSS(`.app-grid a[href="/messages"]`), chromedp.NodeVisible))
	b.Run(chromedp.WaitVisible(chromedp.CSS(`.section-messages`)))
	if got := b.Text("h1"); got != "Messages" {
		t.Errorf("the switcher's Messages led to %q", got)
	}
	b.Run(chromedp.Click(chromedp.CSS(`.account > summary`), chromedp.NodeVisible))
	if !visible(b, `.account-panel a[href="/profile"]`) || !visible(b, `.account-panel button[type=submit]`) {
		t.Errorf("the account menu does not show Profile and Log out")
	}
}

func TestTheDocumentsListUpdatesWithoutAReloadWhenTheOwnerSendsADocument(t *testing.T) {
	lp := newLivePortal(t, "sqlite")
	ada := lp.newContact("Ada Lovelace", "ada@example.test")
	bob := lp.newContact("Bob Stranger", "bob@example.test")
	b := browsertest.New(t, phone)
	lp.signInBrowser(b, ada)
	b.Run(chromedp.WaitVisible(chromedp.CSS(`#documents .empty`)))
	// The page must be connected before the event, as a person's open tab is.
	b.WaitStreamsOpen(1)
	b.Run(chromedp.Evaluate[chromedp.Void](`window.notReloaded = true`))

	lp.sendDocument(bob, "Someone else's contract")
	lp.sendDocument(ada, "Website redesign contract")
	b.Run(chromedp.Poll[chromedp.Void](`document.querySelector("#documents").innerText.includes("Website redesign contract")`, chromedp.WithPollingTimeout(10*time.Second)))
	if !browsertest.Value(b, chromedp.Evaluate[bool](`window.notReloaded === true`)) {
		t.Errorf("the page reloaded; the list should update in place")
	}
	if got := b.Text("#documents"); strings.Contains(got, "Someone else") {
		t.Errorf("another client's document reached Ada's list: %q", got)
	}
}

// writeTemp writes data to a file in the test's temp folder and returns its path.
func writeTemp(t *testing.T, name string, data []byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}
