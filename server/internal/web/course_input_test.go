package web_test

import (
	"encoding/json"
	"net/http"
	"regexp"
	"strings"
	"testing"

	"clientportal/shared/api"
)

// xssCorpus are payloads that must render inert wherever a person's text shows.
var xssCorpus = []string{
	`<script>alert(1)</script>`,
	`<img src=x onerror=alert(1)>`,
	`<svg onload=alert(1)>`,
	`<a href="javascript:alert(1)">click</a>`,
	`[click](javascript:alert(1))`,
	`[click](JaVaScRiPt:alert(1))`,
	`![x](javascript:alert(1))`,
	`<iframe src="javascript:alert(1)"></iframe>`,
	`<body onload=alert(1)>`,
	`<div style="background:url(javascript:alert(1))">x</div>`,
	`<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>`,
	`<details open ontoggle=alert(1)>`,
	`<input autofocus onfocus=alert(1)>`,
	`<object data="javascript:alert(1)">`,
	`<embed src="javascript:alert(1)">`,
	`<form action="javascript:alert(1)"><button>x</button></form>`,
	`<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>`,
	`[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)`,
	`<scr<script>ipt>alert(1)</script>`,
	`"><script>alert(1)</script>`,
	`<meta http-equiv="refresh" content="0;url=javascript:alert(1)">`,
	`<link rel=stylesheet href="javascript:alert(1)">`,
	`<video><source onerror="alert(1)"></video>`,
	`<a href="&#106;avascript:alert(1)">x</a>`,
	"<p onmouseover=\"alert(1)\">hover</p>",
}

// activeMarkup finds what would run: script tags, event-handler attributes,
// and javascript:/data: URLs inside real tags (escaped text does not count).
var activeMarkup = regexp.MustCompile(`(?i)<script|<iframe|<object|<embed|<svg|<meta|<form[ >]|<[a-z][^>]*\son[a-z]+\s*=|<[a-z][^>]*(href|src|action|data)\s*=\s*["']?\s*(javascript|data|&#)`)

// inert fails the test if any part of the page from a marker from to the
// next marker to has active markup.
func inert(t *testing.T, where, page, from, to string) {
	t.Helper()
	parts := strings.Split(page, from)[1:]
	if len(parts) == 0 {
		t.Fatalf("%s: the page does not contain the rendered text after %q", where, from)
	}
	for _, part := range parts {
		j := strings.Index(part, to)
		if j < 0 {
			t.Fatalf("%s: the rendered text after %q does not end with %q", where, from, to)
		}
		if m := activeMarkup.FindString(part[:j]); m != "" {
			t.Errorf("%s renders active markup %q", where, m)
		}
	}
}

func TestScriptsAndEventHandlersInLessonsPostsAndCommentsRenderInert(t *testing.T) {
	w := newGroupWorld(t, "sqlite")
	tok := w.p.acme.Token
	body := "START\n\n" + strings.Join(xssCorpus, "\n\n") + "\n\nEND"
	in := api.CourseInput{Title: "Safety", Modules: []api.ModuleInput{{Title: "M", Lessons: []api.LessonInput{{Title: "L", Body: body}}}}}
	b, _ := json.Marshal(in)
	a := w.p.api(http.MethodPost, "/api/v1/courses", tok, string(b))
	mustStatus(t, a, http.StatusCreated)
	var c api.Course
	accessDecode(t, a, &c)
	mustStatus(t, w.p.api(http.MethodPost, "/api/v1/courses/"+c.ID+"/publish", tok, ""), http.StatusOK)
	w.p.grant(tok, c.ID, w.ada.ID)
	lesson := w.p.accessPage(http.MethodGet, w.origin+"/courses/"+c.ID+"/lessons/"+c.Modules[0].Lessons[0].ID, w.adaSes, nil)
	inert(t, "a lesson body", lesson.body, "START", "END")
	if m := activeMarkup.FindString(c.Modules[0].Lessons[0].BodyHTML); m != "" {
		t.Errorf("the API's body_html has active markup %q", m)
	}

	if a := w.post(w.adaSes, "PSTART\n"+strings.Join(xssCorpus, "\n")+"\nPEND", nil); a.status != http.StatusSeeOther {
		t.Fatalf("the post answered %d", a.status)
	}
	post := w.firstPostID()
	for _, x := range xssCorpus {
		w.comment(w.benSes, post, "CSTART "+x+" CEND")
	}
	feed := w.p.accessPage(http.MethodGet, w.origin+"/groups/"+w.group, w.adaSes, nil)
	inert(t, "a post", feed.body, "PSTART", "PEND")
	inert(t, "the comments", feed.body, "CSTART", "CEND")
	if n := strings.Count(feed.body, "CSTART"); n != len(xssCorpus) {
		t.Errorf("%d of %d comments show", n, len(xssCorpus))
	}
}

func TestBadInputIsRefusedWithAMessageThatSaysWhatToDo(t *testing.T) {
	w := newGroupWorld(t, "sqlite")
	tok := w.p.acme.Token
	a := w.p.api(http.MethodPost, "/api/v1/courses", tok,
		`{"title":"T","modules":[{"title":"M","lessons":[{"title":"L","body":"x","video_url":"https://evil.example/watch?v=dQw4w9WgXcQ"}]}]}`)
	apiError(t, a, http.StatusUnprocessableEntity, api.CodeValidation)
	if !strings.Contains(a.body, `"modules[0].lessons[0].video_url":"Videos can only be embedded from YouTube`) {
		t.Errorf("an unknown video host is refused without naming the field and the allowed hosts: %s", a.body)
	}
	for _, link := range []string{"javascript:alert(1)", "https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ", "https://www.youtube.com/watch?v=../../x"} {
		b, _ := json.Marshal(api.CourseInput{Title: "T", Modules: []api.ModuleInput{{Title: "M", Lessons: []api.LessonInput{{Title: "L", VideoURL: link}}}}})
		if a := w.p.api(http.MethodPost, "/api/v1/courses", tok, string(b)); a.status != http.StatusUnprocessableEntity {
			t.Errorf("video link %q answered %d, want 422", link, a.status)
		}
	}

	fake := w.post(w.adaSes, "look at this", []byte("<html><script>alert(1)</script></html>"))
	if fake.status != http.StatusUnsupportedMediaType || !strings.Contains(fake.body, "This file is not a picture") || !strings.Contains(fake.body, "look at this") {
		t.Errorf("a post with a file that is not an image answered %d without the reason and the text kept", fake.status)
	}
	empty := w.post(w.adaSes, "   ", nil)
	if empty.status != http.StatusUnprocessableEntity || !strings.Contains(empty.body, "Write something, or add a picture.") {
		t.Errorf("an empty post answered %d", empty.status)
	}
	ok := w.post(w.adaSes, "with a picture", photo(t, 40, 30))
	if ok.status != http.StatusSeeOther {
		t.Fatalf("a post with a real picture answered %d: %s", ok.status, ok.body)
	}
	feed := w.p.accessPage(http.MethodGet, w.origin+"/groups/"+w.group, w.benSes, nil)
	src := regexp.MustCompile(`src="(/groups/[^"]+/images/[0-9a-f]+)"`).FindStringSubmatch(feed.body)
	if src == nil {
		t.Fatalf("the feed shows no picture")
	}
	img := w.p.accessPage(http.MethodGet, w.origin+src[1], w.benSes, nil)
	if img.status != http.StatusOK || img.header.Get("Content-Type") != "image/jpeg" {
		t.Errorf("the posted picture answers %d %q, want a re-encoded JPEG", img.status, img.header.Get("Content-Type"))
	}

	other := w.p.newGroup(tok, "Other group")
	page := w.p.accessPage(http.MethodGet, w.origin+"/groups/"+w.group, w.adaSes, nil)
	m := accessCSRFField.FindStringSubmatch(page.body)
	r := request{method: http.MethodPost, path: "/groups/" + other + "/posts", host: hostOf(w.origin), contentType: "application/x-www-form-urlencoded",
		body: "body=hi&_csrf=" + m[1], header: map[string]string{"Cookie": "portal_csrf=" + accessCookie(page, "portal_csrf") + "; portal_session=" + w.adaSes["portal_session"]}}
	if a := w.p.do(r); a.status != http.StatusNotFound {
		t.Errorf("a post to a group Ada is not in answered %d, want 404", a.status)
	}
}
