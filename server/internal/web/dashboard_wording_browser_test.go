package web_test

import (
	"net/http"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"clientportal/shared/api"
	"clientportal/testkit/browsertest"
)

func TestTheDashboardTilesSayOneNewPostAndNotStartedForACourseNeverOpened(t *testing.T) {
	for _, dialect := range []string{"sqlite", "postgres"} {
		t.Run(dialect, func(t *testing.T) {
			lp := newLivePortal(t, dialect)
			ada := lp.newContact("Ada Lovelace", "ada@example.test")
			lp.publishCourse(ada)
			group := lp.newGroupOf("Founders circle", ada)
			b := browsertest.New(t, phone)
			lp.signInBrowser(b, ada)
			lp.ownerAPI(http.MethodPost, "/api/v1/groups/"+group+"/posts", api.PostInput{Body: "Welcome, everyone"}, nil)
			b.Run(chromedp.Reload())
			b.Run(chromedp.WaitVisible(chromedp.CSS(`#greeting`)))
			if got := b.Text(`a.tile[href="/groups"] .tile-status`); got != "1 new post" {
				t.Errorf("the groups tile says %q, want 1 new post", got)
			}
			if got := b.Text(`a.tile[href="/courses"] .tile-status`); got != "Not started" {
				t.Errorf("the courses tile says %q for a course never opened, want Not started", got)
			}
		})
	}
}

func TestEverythingOnTheDashboardUpdatesTogetherWithoutAReload(t *testing.T) {
	lp := newLivePortal(t, "sqlite")
	ada := lp.newContact("Ada Lovelace", "ada@example.test")
	b := browsertest.New(t, phone)
	lp.signInBrowser(b, ada)
	browsertest.Value(b, chromedp.Evaluate[bool](`window.sameDocument = true`))
	b.WaitStreamsOpen(1)

	lp.sendDocument(ada, "Engagement letter")
	summary := browsertest.Value(b, chromedp.Poll[bool](`document.querySelector("#dashboard-summary").textContent.includes("1 document is waiting for your signature")`,
		chromedp.WithPollingTimeout(10*time.Second)))
	if !summary {
		t.Errorf("after a new document the greeting still says %q", b.Text("#dashboard-summary"))
	}
	lp.ownerAPI(http.MethodPost, "/api/v1/messages", api.NewMessage{ContactID: ada, Body: "Welcome aboard"}, nil)
	unread := browsertest.Value(b, chromedp.Poll[bool](`document.querySelector('a.tile[href="/messages"] .tile-status').textContent === "1 unread"`,
		chromedp.WithPollingTimeout(10*time.Second)))
	if !unread {
		t.Errorf("after the owner's message the messages tile says %q", b.Text(`a.tile[href="/messages"] .tile-status`))
	}
	if !browsertest.Value(b, chromedp.Evaluate[bool](`window.sameDocument === true`)) {
		t.Error("the dashboard reloaded instead of updating in place")
	}
	if errs := b.ConsoleErrors(); len(errs) > 0 {
		t.Errorf("console errors: %q", errs)
	}
}
