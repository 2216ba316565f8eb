package ui

import (
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"clientportal/app/internal/testenv"
)

// clientPage opens a page of the portal as the signed-in client.
func clientPage(t *testing.T, c *http.Client, page string) (int, string) {
	t.Helper()
	res, err := c.Get(page)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res.StatusCode, string(b)
}

// courseForm is the new-course form with one lesson per title.
func courseForm(title string, lessons ...[3]string) url.Values {
	f := url.Values{"title": {title}, "module": {"Getting started"}}
	for _, l := range lessons {
		f.Add("lesson_title", l[0])
		f.Add("lesson_body", l[1])
		f.Add("lesson_video", l[2])
	}
	return f
}

func TestACoursePublishedAndGrantedReachesTheClientAndShowsNoProgressYet(t *testing.T) {
	t.Parallel()
	portal := testenv.StartPortal(t)
	grace := newGrace(t, portal)
	client, base := clientSession(t, portal, grace.ID)
	h := newHarness(t)
	connectUI(t, h, portal, portal.Token)

	res, body := post(t, h, "/courses", courseForm("Onboarding",
		[3]string{"Welcome", "Read **this** first.", ""},
		[3]string{"Your first week", "Plan it.", "https://youtu.be/dQw4w9WgXcQ"}))
	target := res.Header.Get("HX-Redirect")
	if !strings.HasPrefix(target, "/courses/?course=") {
		t.Fatalf("create course: %d %s\n%s", res.StatusCode, target, body)
	}
	id := strings.TrimPrefix(target, "/courses/?course=")
	if _, page := get(t, h, target); !strings.Contains(page, "Onboarding") || !strings.Contains(page, "Your first week") || !strings.Contains(page, ">Publish<") {
		t.Fatalf("course page:\n%s", page)
	}
	if _, body = post(t, h, "/courses/"+id+"/publish", nil); !strings.Contains(body, "Published:") {
		t.Fatalf("publish:\n%s", body)
	}
	_, body = post(t, h, "/courses/"+id+"/grants", url.Values{"contact_id": {grace.ID}})
	if !strings.Contains(body, "Access granted to 1 new client(s).") || !strings.Contains(body, "<td>Grace Hopper</td><td>0 of 2</td>") {
		t.Fatalf("grant:\n%s", body)
	}
	if _, body = post(t, h, "/courses/"+id+"/grants", url.Values{"all_joined": {"true"}}); !strings.Contains(body, "Access granted to 0 new client(s).") {
		t.Fatalf("grant to all joined again:\n%s", body)
	}
	if _, page := clientPage(t, client, base+"/courses"); !strings.Contains(page, "Onboarding") {
		t.Fatalf("the client does not see the course:\n%s", page)
	}
	clientCompletesFirstLesson(t, portal, client, base, id)
	if _, table := get(t, h, "/courses/"+id+"/progress"); !strings.Contains(table, "<td>Grace Hopper</td><td>1 of 2</td><td>50%</td>") {
		t.Fatalf("progress after the first lesson:\n%s", table)
	}
}

// clientCompletesFirstLesson marks the course's first lesson done through the portal.
func clientCompletesFirstLesson(t *testing.T, p *testenv.Portal, c *http.Client, base, courseID string) {
	t.Helper()
	course, err := ownerClient(p).Course(testenv.Context(t), courseID)
	if err != nil || len(course.Modules) == 0 || len(course.Modules[0].Lessons) == 0 {
		t.Fatalf("course %+v (%v)", course, err)
	}
	lesson := base + "/courses/" + courseID + "/lessons/" + course.Modules[0].Lessons[0].ID
	res, err := c.PostForm(lesson+"/complete", url.Values{"_csrf": {formToken(t, c, lesson)}})
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusOK {
		t.Fatalf("complete lesson: %d at %s", res.StatusCode, res.Request.URL)
	}
}

func TestACourseVideoFromAnUnknownHostShowsTheServersMessageBesideTheField(t *testing.T) {
	t.Parallel()
	portal := testenv.StartPortal(t)
	h := newHarness(t)
	connectUI(t, h, portal, portal.Token)
	res, body := post(t, h, "/courses", courseForm("Onboarding",
		[3]string{"Welcome", "Hello.", ""},
		[3]string{"", "", ""},
		[3]string{"Tour", "Look around.", "https://videos.example.test/tour"}))
	if res.Header.Get("HX-Redirect") != "" || !strings.Contains(body, `<p id="lesson-video-error-3" class="field-error">Videos can only be embedded from YouTube`) {
		t.Fatalf("unknown video host:\n%s", body)
	}
	if !strings.Contains(body, `value="https://videos.example.test/tour"`) || !strings.Contains(body, `value="Welcome"`) {
		t.Fatalf("the form lost what was typed:\n%s", body)
	}
	if l, err := ownerClient(portal).Courses(testenv.Context(t)); err != nil || len(l.Courses) != 0 {
		t.Fatalf("a refused course was stored: %+v (%v)", l, err)
	}
}
