package web_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"clientportal/shared/api"
	"clientportal/testkit/browsertest"
)

func TestTheSideNavigationRunsTheWholeHeightOfALongPageAt1280(t *testing.T) {
	lp := newLivePortal(t, "sqlite")
	ada := lp.newContact("Ada Lovelace", "ada@example.test")
	group := lp.newGroupOf("Founders circle", ada)
	for i := 0; i < 12; i++ {
		lp.ownerAPI(http.MethodPost, "/api/v1/groups/"+group+"/posts", api.PostInput{Body: strings.Repeat("A long post that fills the page. ", 12)}, nil)
	}
	b := browsertest.New(t, laptop)
	lp.signInBrowser(b, ada)
	b.Run(chromedp.Navigate(lp.origin() + "/groups/" + group))
	b.Run(chromedp.WaitVisible(chromedp.CSS(`#group-feed`)))
	long := browsertest.Value(b, chromedp.Evaluate[bool](`document.documentElement.scrollHeight > 2 * innerHeight`))
	covered := browsertest.Value(b, chromedp.Evaluate[bool](`(() => { const n = document.querySelector(".sidenav").getBoundingClientRect(),
		s = document.querySelector(".shell").getBoundingClientRect(); return n.bottom >= s.bottom - 1; })()`))
	if !long {
		t.Fatal("the group page is not longer than two screens; the test needs a long page")
	}
	if !covered {
		t.Error("on a long page the side navigation's background stops before the end of the page")
	}
	browsertest.Value(b, chromedp.Evaluate[bool](`(() => { window.scrollTo(0, document.documentElement.scrollHeight); return true; })()`))
	inView := browsertest.Value(b, chromedp.Evaluate[bool](`!!document.elementFromPoint(60, 160)?.closest(".sidenav .apps")`))
	if !inView {
		t.Error("scrolled to the bottom, the side navigation's links are no longer in view")
	}
}

func TestEveryPageOfTheClientHasTheSameContentWidthAt1280(t *testing.T) {
	lp := newLivePortal(t, "sqlite")
	ada := lp.newContact("Ada Lovelace", "ada@example.test")
	b := browsertest.New(t, laptop)
	lp.signInBrowser(b, ada)
	widths := map[string]int{}
	for _, path := range []string{"/dashboard", "/documents", "/invoices", "/courses", "/messages", "/groups", "/profile"} {
		b.Run(chromedp.Navigate(lp.origin() + path))
		b.Run(chromedp.WaitVisible(chromedp.CSS(`main`)))
		widths[path] = browsertest.Value(b, chromedp.Evaluate[int](`Math.round(document.querySelector("main").getBoundingClientRect().width)`))
	}
	for path, w := range widths {
		if w != widths["/dashboard"] {
			t.Errorf("the content is %d px wide on %s and %d px on the dashboard: %v", w, path, widths["/dashboard"], widths)
			break
		}
	}
}

func TestTheOneClickUsedLinkAndVerifyPagesLeaveRoomBetweenTextAndButton(t *testing.T) {
	lp := newLivePortal(t, "sqlite")
	ada := lp.newContact("Ada Lovelace", "ada@example.test")
	link := lp.magicLink(ada)
	b := browsertest.New(t, phone)
	gap := `(() => { const l = document.querySelector("main .lead").getBoundingClientRect(),
		f = document.querySelector("main .lead").nextElementSibling.getBoundingClientRect(); return Math.round(f.top - l.bottom); })()`
	for _, page := range []struct{ name, url string }{{"the one-click page", link}, {"the verify page", lp.origin() + "/verify"}} {
		b.Run(chromedp.Navigate(page.url))
		b.Run(chromedp.WaitVisible(chromedp.CSS(`main .lead`)))
		if g := browsertest.Value(b, chromedp.Evaluate[int](gap)); g < 16 {
			t.Errorf("on %s the text and the form below it are %d px apart, want at least 16", page.name, g)
		}
	}
	b.Run(chromedp.Navigate(link))
	b.Run(chromedp.Click(chromedp.CSS(`main form button[type=submit]`), chromedp.NodeVisible))
	b.Run(chromedp.WaitVisible(chromedp.CSS(`#greeting`)))
	other := b.NewContext()
	other.Run(chromedp.Navigate(link))
	other.Run(chromedp.WaitVisible(chromedp.CSS(`main .lead`)))
	if g := browsertest.Value(other, chromedp.Evaluate[int](gap)); g < 16 {
		t.Errorf("on the used-link page the text and the button are %d px apart, want at least 16", g)
	}
}

func TestTheNotFoundPageKeepsTheNavigationForASignedInClient(t *testing.T) {
	lp := newLivePortal(t, "sqlite")
	ada := lp.newContact("Ada Lovelace", "ada@example.test")
	b := browsertest.New(t, laptop)
	lp.signInBrowser(b, ada)
	b.Run(chromedp.Navigate(lp.origin() + "/no-such-page"))
	b.Run(chromedp.WaitVisible(chromedp.CSS(`main h1`)))
	if got := b.Text("main h1"); got != "Not found" {
		t.Fatalf("the missing page shows %q", got)
	}
	if !visible(b, `.sidenav a[href="/documents"]`) {
		t.Error("the not-found page has no side navigation for a signed-in client")
	}
	if !visible(b, `main a[href="/dashboard"]`) {
		t.Error("the not-found page does not lead back to the dashboard")
	}
}
