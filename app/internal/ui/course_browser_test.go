package ui

import (
	"testing"

	"github.com/chromedp/chromedp"

	"clientportal/app/internal/testenv"
)

func TestBrowserACourseRefusedForItsVideoIsFixedAndCreatedWithAnAddedLesson(t *testing.T) {
	t.Parallel()
	portal := testenv.StartPortal(t)
	h := newHarness(t)
	ctx := testenv.Browser(t)
	connectInBrowser(t, ctx, h, portal)
	do(t, ctx,
		chromedp.Navigate(h.UI.URL+"/courses/"),
		waitText("#course-list", "No courses yet"),
		chromedp.SendKeys("#course-title", "Onboarding"),
		chromedp.SendKeys("#course-module", "Basics"),
		chromedp.SendKeys("#lesson-title-1", "Welcome"),
		chromedp.SendKeys("#lesson-body-1", "Read this first."),
		chromedp.SendKeys("#lesson-video-1", "https://videos.example.test/tour"),
		chromedp.Click(`#course-form button[type="submit"]`),
		waitText("#lesson-video-error-1", "Videos can only be embedded from YouTube"),
	)
	eval[bool](t, ctx, `(() => { document.querySelector("#lesson-video-1").value = "https://vimeo.com/76979871"; return true; })()`)
	do(t, ctx,
		chromedp.Click(`#course-form button[hx-post="/courses/lessons"]`),
		chromedp.WaitVisible("#lesson-title-3"),
		chromedp.SendKeys("#lesson-title-3", "Next steps"),
		chromedp.Click(`#course-form button[type="submit"]`),
		waitText("#course", "Publish"),
		waitText("#course", "Next steps"),
		chromedp.Click(`#course button.primary`),
		waitText("#course", "Published:"),
	)
	assertAccessible(t, ctx, "the courses page")
	l, err := ownerClient(portal).Courses(testenv.Context(t))
	if err != nil || len(l.Courses) != 1 || l.Courses[0].Lessons != 2 || l.Courses[0].Status != "published" {
		t.Fatalf("courses on the server %+v (%v)", l, err)
	}
}
