package web_test

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"clientportal/shared/api"
	"clientportal/testkit/browsertest"
)

// publishCourse creates a published course of three lessons and grants it.
func (lp *livePortal) publishCourse(contactIDs ...string) api.Course {
	lp.t.Helper()
	in := api.CourseInput{Title: "Bookkeeping basics", Modules: []api.ModuleInput{
		{Title: "Getting started", Lessons: []api.LessonInput{{Title: "Why books matter", Body: "Books **matter**."}, {Title: "Receipts", Body: "Keep them."}}},
		{Title: "Going further", Lessons: []api.LessonInput{{Title: "Year end", Body: "Close the year."}}}}}
	var c api.Course
	lp.ownerAPI(http.MethodPost, "/api/v1/courses", in, &c)
	lp.ownerAPI(http.MethodPost, "/api/v1/courses/"+c.ID+"/publish", nil, nil)
	lp.ownerAPI(http.MethodPost, "/api/v1/courses/"+c.ID+"/grants", api.GrantInput{ContactIDs: contactIDs}, nil)
	return c
}

func TestAClientCompletesTwoLessonsFromTheDashboardAndTheOwnerSeesTheSameProgress(t *testing.T) {
	lp := newLivePortal(t, "sqlite")
	ada := lp.newContact("Ada Lovelace", "ada@example.test")
	c := lp.publishCourse(ada)
	b := browsertest.New(t, phone)
	lp.signInBrowser(b, ada)
	if got := b.Text(`a.tile[href="/courses"] .tile-status`); got != "Not started" {
		t.Errorf("the courses tile says %q for a course never opened, want Not started", got)
	}
	b.Run(chromedp.Click(chromedp.CSS(`a.tile[href="/courses"]`), chromedp.NodeVisible))
	b.Run(chromedp.Click(chromedp.CSS(`.course-card .course-action`), chromedp.NodeVisible))
	b.Run(chromedp.Click(chromedp.CSS(`.course-resume`), chromedp.NodeVisible))
	lessons := []string{"Why books matter", "Receipts", "Year end"}
	for i, want := range lessons[:2] {
		b.Run(chromedp.WaitVisible(chromedp.CSS(`.lesson-complete`)))
		if got := b.Text(".lesson h1"); got != want {
			t.Fatalf("the lesson shown is %q, want %q", got, want)
		}
		b.Run(chromedp.Click(chromedp.CSS(`.lesson-complete`), chromedp.NodeVisible))
		// The next lesson's page, not this one's confirmation from the
		// lesson before, is what a person reads after the click.
		b.WaitTrue(`document.readyState === "complete" && document.querySelector(".lesson h1")?.textContent.trim() === "`+lessons[i+1]+`" && !!document.querySelector(".alert-ok")`,
			"the next lesson after Mark complete")
	}
	if vs := b.Axe(); len(vs) > 0 {
		t.Errorf("accessibility problems on a lesson page: %v", vs)
	}
	noHorizontalScroll(t, b, "a lesson on a phone")
	b.Screenshot("lesson-phone")
	if got := b.Text(".lesson h1"); got != "Year end" {
		t.Errorf("after two lessons the client is on %q, want the next lesson Year end", got)
	}
	b.Run(chromedp.Navigate(lp.origin() + "/courses"))
	b.Run(chromedp.WaitVisible(chromedp.CSS(`.course-card progress`)))
	bar := browsertest.Value(b, chromedp.Evaluate[float64](`document.querySelector(".course-card progress").value`))
	text := b.Text(".course-card .course-progress-text")
	var prog api.CourseProgress
	lp.ownerAPI(http.MethodGet, "/api/v1/courses/"+c.ID+"/progress", nil, &prog)
	if len(prog.Clients) != 1 || prog.Clients[0].Completed != 2 || int(bar) != prog.Clients[0].Percent || !strings.HasPrefix(text, "2 of 3 lessons") {
		t.Fatalf("the bar shows %v (%q) and the owner sees %+v; want both at 2 of 3", bar, text, prog.Clients)
	}
	if errs := b.ConsoleErrors(); len(errs) > 0 {
		t.Errorf("console errors: %q", errs)
	}
}

// waitReloadedAndLive waits until the tab has left the page marked
// window.sameDocument and the new page's event stream is open.
func waitReloadedAndLive(t *testing.T, b *browsertest.Browser) {
	t.Helper()
	b.WaitTrue(`window.sameDocument === undefined && window.__streamsOpen >= 1`, "the page reloading with its event stream open after the post")
}

// newGroupOf creates a group with the members through the owner API.
func (lp *livePortal) newGroupOf(name string, members ...string) string {
	lp.t.Helper()
	var g api.Group
	lp.ownerAPI(http.MethodPost, "/api/v1/groups", api.GroupInput{Name: name}, &g)
	lp.ownerAPI(http.MethodPost, "/api/v1/groups/"+g.ID+"/members", api.MembersInput{ContactIDs: members}, nil)
	return g.ID
}

func TestTwoMembersSeeEachOthersPostAppearLiveAndARemovedMemberGets404(t *testing.T) {
	lp := newLivePortal(t, "sqlite")
	ada, ben := lp.newContact("Ada Lovelace", "ada@example.test"), lp.newContact("Ben Okri", "ben@example.test")
	group := lp.newGroupOf("Founders circle", ada, ben)
	ba := browsertest.New(t, phone)
	bb := ba.NewContext()
	lp.signInBrowser(ba, ada)
	lp.signInBrowser(bb, ben)
	for _, b := range []*browsertest.Browser{ba, bb} {
		b.Run(chromedp.Navigate(lp.origin() + "/groups/" + group))
		b.Run(chromedp.WaitVisible(chromedp.CSS(`.feed-empty`)))
		browsertest.Value(b, chromedp.Evaluate[bool](`window.sameDocument = true`))
	}
	if vs := ba.Axe(); len(vs) > 0 {
		t.Errorf("accessibility problems on a group page: %v", vs)
	}
	ba.WaitStreamsOpen(1)
	bb.WaitStreamsOpen(1)

	ba.Run(chromedp.SendKeys(chromedp.CSS(`#post-body`), "Hello Ben, welcome aboard", chromedp.NodeVisible))
	ba.Run(chromedp.Click(chromedp.CSS(`.post-submit`), chromedp.NodeVisible))
	waitReloadedAndLive(t, ba) // the form post reloads Ada's page; its stream must be back before Ben posts
	live := browsertest.Value(bb, chromedp.Poll[bool](`document.querySelector("#group-feed").innerText.includes("Hello Ben, welcome aboard")`,
		chromedp.WithPollingTimeout(10*time.Second)))
	if !live || !browsertest.Value(bb, chromedp.Evaluate[bool](`window.sameDocument === true`)) {
		t.Fatalf("Ada's post did not appear on Ben's open page without a reload")
	}
	bb.Run(chromedp.SendKeys(chromedp.CSS(`#post-body`), "Thanks Ada", chromedp.NodeVisible))
	bb.Run(chromedp.Click(chromedp.CSS(`.post-submit`), chromedp.NodeVisible))
	waitReloadedAndLive(t, bb)
	back := browsertest.Value(ba, chromedp.Poll[bool](`document.querySelector("#group-feed").innerText.includes("Thanks Ada")`,
		chromedp.WithPollingTimeout(10*time.Second)))
	if !back {
		t.Fatalf("Ben's post did not appear live on Ada's page")
	}
	noHorizontalScroll(t, ba, "a group feed on a phone")
	ba.Screenshot("group-phone")

	bb.Run(chromedp.SendKeys(chromedp.CSS(`#group-feed .comment-form input[name=body]`), "Half-written comment", chromedp.NodeVisible))
	ba.Run(chromedp.SendKeys(chromedp.CSS(`#post-body`), "A third post", chromedp.NodeVisible))
	ba.Run(chromedp.Click(chromedp.CSS(`.post-submit`), chromedp.NodeVisible))
	bb.Run(chromedp.WaitVisible(chromedp.CSS(`#feed-news`)))
	if v := browsertest.Value(bb, chromedp.Evaluate[string](`document.querySelector("#group-feed .comment-form input[name=body]").value`)); v != "Half-written comment" {
		t.Fatalf("a live refresh threw away Ben's half-written comment (now %q)", v)
	}
	bb.Run(chromedp.Click(chromedp.CSS(`#feed-news`), chromedp.NodeVisible))
	shown := browsertest.Value(bb, chromedp.Poll[bool](`document.querySelector("#group-feed").innerText.includes("A third post")`,
		chromedp.WithPollingTimeout(5*time.Second)))
	if !shown {
		t.Fatalf("the New posts button did not show the new post")
	}

	lp.ownerAPI(http.MethodDelete, "/api/v1/groups/"+group+"/members/"+ben, nil, nil)
	bb.Run(chromedp.Navigate(lp.origin() + "/groups/" + group))
	bb.Run(chromedp.WaitVisible(chromedp.CSS(`h1`)))
	if got := bb.Text("h1"); got != "Not found" {
		t.Errorf("right after removal Ben's reload shows %q, want Not found", got)
	}
	if strings.Contains(bb.Text("main"), "Hello Ben") {
		t.Errorf("the removed member still sees posts")
	}
	for _, b := range []*browsertest.Browser{ba, bb} {
		if errs := b.ConsoleErrors(); len(errs) > 0 {
			t.Logf("console: %q", errs)
		}
	}
}
