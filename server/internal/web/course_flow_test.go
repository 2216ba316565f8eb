package web_test

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"clientportal/shared/api"
)

// courseFixture is a published course of two modules and three lessons.
func (p *portal) courseFixture(token string) api.Course {
	p.t.Helper()
	in := api.CourseInput{Title: "Bookkeeping basics", Summary: "Keep your books tidy.", Modules: []api.ModuleInput{
		{Title: "Getting started", Lessons: []api.LessonInput{
			{Title: "Why books matter", Body: "# Why\n\nBooks **matter**.", VideoURL: "https://www.youtube.com/watch?v=dQw4w9WgXcQ"},
			{Title: "Receipts", Body: "Keep *every* receipt."}}},
		{Title: "Going further", Lessons: []api.LessonInput{{Title: "Year end", Body: "Close the year."}}},
	}}
	b, _ := json.Marshal(in)
	a := p.api(http.MethodPost, "/api/v1/courses", token, string(b))
	mustStatus(p.t, a, http.StatusCreated)
	var c api.Course
	accessDecode(p.t, a, &c)
	mustStatus(p.t, p.api(http.MethodPost, "/api/v1/courses/"+c.ID+"/publish", token, ""), http.StatusOK)
	return c
}

func (p *portal) grant(token, courseID string, contactIDs ...string) {
	p.t.Helper()
	b, _ := json.Marshal(api.GrantInput{ContactIDs: contactIDs})
	mustStatus(p.t, p.api(http.MethodPost, "/api/v1/courses/"+courseID+"/grants", token, string(b)), http.StatusOK)
}

func (p *portal) progressOf(token, courseID string) api.CourseProgress {
	p.t.Helper()
	a := p.api(http.MethodGet, "/api/v1/courses/"+courseID+"/progress", token, "")
	mustStatus(p.t, a, http.StatusOK)
	var out api.CourseProgress
	accessDecode(p.t, a, &out)
	return out
}

func TestAGrantedClientTakesLessonsInOrderAndTheOwnerSeesTheSameProgress(t *testing.T) {
	for _, dialect := range []string{"sqlite", "postgres"} {
		t.Run(dialect, func(t *testing.T) {
			p := newPortal(t, dialect)
			tok := p.acme.Token
			ada := p.accessContact(tok, "ada@example.test", "Ada Lovelace")
			c := p.courseFixture(tok)
			p.grant(tok, c.ID, ada.ID)
			origin := "http://" + p.acme.Workspace.Slug + ".localhost:8080"
			sess := map[string]string{"portal_session": p.accessLogin(p.accessMagicLink(tok, ada.ID))}

			list := p.accessPage(http.MethodGet, origin+"/courses", sess, nil)
			if miss := contains(list.body, "Bookkeeping basics", "0 of 3 lessons", "Start the course"); miss != "" {
				t.Fatalf("/courses lacks %s:\n%s", miss, list.body)
			}
			dash := p.accessPage(http.MethodGet, origin+"/dashboard", sess, nil)
			if !strings.Contains(dash.body, "Not started") {
				t.Errorf("the dashboard's courses tile does not say Not started for a course just granted")
			}
			first, second := c.Modules[0].Lessons[0], c.Modules[0].Lessons[1]
			lesson := p.accessPage(http.MethodGet, origin+"/courses/"+c.ID+"/lessons/"+first.ID, sess, nil)
			mustStatus(t, lesson, http.StatusOK)
			if csp := lesson.header.Get("Content-Security-Policy"); !strings.HasSuffix(csp, "; frame-src https://www.youtube-nocookie.com") {
				t.Errorf("a lesson with a YouTube video has CSP %q, want frame-src for the nocookie player only", csp)
			}
			if miss := contains(lesson.body, "<strong>matter</strong>", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ", "Next: Receipts"); miss != "" {
				t.Fatalf("lesson page lacks %s", miss)
			}
			done := p.accessSubmit(origin+"/courses/"+c.ID+"/lessons/"+first.ID, origin+"/courses/"+c.ID+"/lessons/"+first.ID+"/complete", sess, nil)
			if done.status != http.StatusSeeOther || !strings.Contains(done.header.Get("Location"), second.ID) {
				t.Fatalf("Mark as complete answered %d to %q, want 303 to the next lesson", done.status, done.header.Get("Location"))
			}
			plain := p.accessPage(http.MethodGet, origin+"/courses/"+c.ID+"/lessons/"+second.ID, sess, nil)
			if csp := plain.header.Get("Content-Security-Policy"); strings.Contains(csp, "frame-src") {
				t.Errorf("a lesson without a video allows frames: %q", csp)
			}
			course := p.accessPage(http.MethodGet, origin+"/courses/"+c.ID, sess, nil)
			if miss := contains(course.body, "1 of 3 lessons · 33%", "Resume: Receipts"); miss != "" {
				t.Fatalf("the course page lacks %s after one lesson", miss)
			}
			prog := p.progressOf(tok, c.ID)
			if len(prog.Clients) != 1 || prog.Clients[0].Completed != 1 || prog.Clients[0].Percent != 33 || prog.Clients[0].LastLessonID != second.ID {
				t.Fatalf("the owner sees %+v, want Ada at 1 of 3 (33%%) resuming at Receipts", prog.Clients)
			}
		})
	}
}

func TestACourseIsNotFoundForAClientNotGrantedItOrWhileItIsADraft(t *testing.T) {
	p := newPortal(t, "sqlite")
	tok := p.acme.Token
	ada := p.accessContact(tok, "ada@example.test", "Ada Lovelace")
	c := p.courseFixture(tok)
	origin := "http://" + p.acme.Workspace.Slug + ".localhost:8080"
	sess := map[string]string{"portal_session": p.accessLogin(p.accessMagicLink(tok, ada.ID))}
	for _, path := range []string{"/courses/" + c.ID, "/courses/" + c.ID + "/lessons/" + c.Modules[0].Lessons[0].ID} {
		if a := p.accessPage(http.MethodGet, origin+path, sess, nil); a.status != http.StatusNotFound {
			t.Errorf("GET %s without a grant: %d, want 404", path, a.status)
		}
	}
	draft := p.courseFixtureDraft(tok)
	p.grant(tok, draft, ada.ID)
	if a := p.accessPage(http.MethodGet, origin+"/courses/"+draft, sess, nil); a.status != http.StatusNotFound {
		t.Errorf("a granted draft course answers %d, want 404", a.status)
	}
	if a := p.accessPage(http.MethodGet, origin+"/courses", sess, nil); strings.Contains(a.body, "Draft only") {
		t.Errorf("the courses list shows a draft")
	}
}

func (p *portal) courseFixtureDraft(token string) string {
	a := p.api(http.MethodPost, "/api/v1/courses", token, `{"title":"Draft only","modules":[{"title":"M","lessons":[{"title":"L","body":"x"}]}]}`)
	mustStatus(p.t, a, http.StatusCreated)
	var c api.Course
	accessDecode(p.t, a, &c)
	return c.ID
}
