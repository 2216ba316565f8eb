package web_test

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
)

// eventsOf lists the event types of a workspace with their data, oldest first.
func (p *portal) eventsOf(workspaceID string) []model.Event {
	p.t.Helper()
	var es []model.Event
	err := p.sys.Store.View(context.Background(), func(tx *store.Tx) (err error) { es, err = tx.Events().ForWorkspace(workspaceID, 0, 1000); return err })
	if err != nil {
		p.t.Fatal(err)
	}
	return es
}

func countEvents(es []model.Event, typ, contactID string) int {
	n := 0
	for _, e := range es {
		var d map[string]any
		json.Unmarshal(e.Data, &d)
		if e.Type == typ && d["contact_id"] == contactID {
			n++
		}
	}
	return n
}

func TestGrantingToAllJoinedReachesOnlyJoinedContactsOnceAndEmitsEvents(t *testing.T) {
	p := newPortal(t, "sqlite")
	tok := p.acme.Token
	ada := p.accessContact(tok, "ada@example.test", "Ada Lovelace")
	ben := p.accessContact(tok, "ben@example.test", "Ben Okri")
	p.accessLogin(p.accessMagicLink(tok, ada.ID)) // Ada joined; Ben never logged in
	c := p.courseFixture(tok)
	for i, want := range []string{`{"granted":1}`, `{"granted":0}`} {
		a := p.api(http.MethodPost, "/api/v1/courses/"+c.ID+"/grants", tok, `{"all_joined":true}`)
		if a.status != http.StatusOK || strings.TrimSpace(a.body) != want {
			t.Fatalf("grant to all joined, round %d: %d %s, want %s", i+1, a.status, a.body, want)
		}
	}
	if a := p.api(http.MethodPost, "/api/v1/courses/"+c.ID+"/grants", tok, `{}`); a.status != http.StatusUnprocessableEntity {
		t.Errorf("a grant naming nobody answered %d, want 422", a.status)
	}
	es := p.eventsOf(p.acme.Workspace.ID)
	if countEvents(es, "course.granted", ada.ID) != 1 || countEvents(es, "course.granted", ben.ID) != 0 {
		t.Fatalf("course.granted events: Ada %d, Ben %d; want 1 and 0", countEvents(es, "course.granted", ada.ID), countEvents(es, "course.granted", ben.ID))
	}
	origin := "http://" + p.acme.Workspace.Slug + ".localhost:8080"
	sess := map[string]string{"portal_session": p.accessLogin(p.accessMagicLink(tok, ada.ID))}
	lesson := origin + "/courses/" + c.ID + "/lessons/" + c.Modules[0].Lessons[0].ID
	p.accessSubmit(lesson, lesson+"/complete", sess, nil)
	p.accessSubmit(lesson, lesson+"/complete", sess, nil)
	if n := countEvents(p.eventsOf(p.acme.Workspace.ID), "lesson.completed", ada.ID); n != 1 {
		t.Errorf("completing a lesson twice emitted %d lesson.completed events, want 1", n)
	}
}

func TestALikeCountsOnceAndASecondTapTakesItBack(t *testing.T) {
	w := newGroupWorld(t, "sqlite")
	w.post(w.adaSes, "Like me", nil)
	post := w.firstPostID()
	like := w.origin + "/groups/" + w.group + "/posts/" + post + "/like"
	w.p.accessSubmit(w.origin+"/groups/"+w.group, like, w.benSes, nil)
	feed := w.p.accessPage(http.MethodGet, w.origin+"/groups/"+w.group, w.benSes, nil)
	if !strings.Contains(feed.body, `aria-pressed="true">♥ Liked · <span class="post-likes">1</span>`) {
		t.Fatalf("after Ben's like his feed does not show it liked once")
	}
	w.p.accessSubmit(w.origin+"/groups/"+w.group, like, w.benSes, nil)
	feed = w.p.accessPage(http.MethodGet, w.origin+"/groups/"+w.group, w.benSes, nil)
	if !strings.Contains(feed.body, `aria-pressed="false">♡ Like · <span class="post-likes">0</span>`) {
		t.Errorf("a second tap did not take the like back")
	}
}

func TestAModuleAddedLaterFollowsTheOthersAndCountsInTheOwnersProgress(t *testing.T) {
	p := newPortal(t, "sqlite")
	tok := p.acme.Token
	c := p.courseFixture(tok)
	a := p.api(http.MethodPost, "/api/v1/courses/"+c.ID+"/modules", tok, `{"modules":[{"title":"Bonus","lessons":[{"title":"Taxes","body":"Pay them."}]}]}`)
	mustStatus(t, a, http.StatusCreated)
	if miss := contains(a.body, `"lesson_count":4`, `"title":"Bonus"`, `"title":"Taxes"`); miss != "" {
		t.Fatalf("the course after adding a module lacks %s: %s", miss, a.body)
	}
	if prog := p.progressOf(tok, c.ID); prog.Lessons != 4 {
		t.Errorf("progress counts %d lessons, want 4", prog.Lessons)
	}
}
