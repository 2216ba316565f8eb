package web_test

import (
	"net/http"
	"strings"
	"testing"
)

func TestMembersSeeEachOthersPostsAndTheBadgeCountsPostsSinceTheLastVisit(t *testing.T) {
	for _, dialect := range []string{"sqlite", "postgres"} {
		t.Run(dialect, func(t *testing.T) {
			w := newGroupWorld(t, dialect)
			if a := w.post(w.adaSes, "Hello from Ada", nil); a.status != http.StatusSeeOther {
				t.Fatalf("Ada's post answered %d: %s", a.status, a.body)
			}
			w.post(w.adaSes, "And a second thought", nil)
			list := w.p.accessPage(http.MethodGet, w.origin+"/groups", w.benSes, nil)
			if !strings.Contains(list.body, "2 new posts") {
				t.Fatalf("Ben's group list has no badge of 2 new posts:\n%s", list.body)
			}
			if dash := w.p.accessPage(http.MethodGet, w.origin+"/dashboard", w.benSes, nil); !strings.Contains(dash.body, "2 new posts") {
				t.Errorf("Ben's dashboard groups tile does not say 2 new posts")
			}
			feed := w.p.accessPage(http.MethodGet, w.origin+"/groups/"+w.group, w.benSes, nil)
			if miss := contains(feed.body, "Hello from Ada", "And a second thought", "Ada Lovelace"); miss != "" {
				t.Fatalf("Ben's feed lacks %s", miss)
			}
			if list := w.p.accessPage(http.MethodGet, w.origin+"/groups", w.benSes, nil); strings.Contains(list.body, "new post") {
				t.Errorf("after reading the feed Ben still sees a new-posts badge")
			}
			if list := w.p.accessPage(http.MethodGet, w.origin+"/groups", w.adaSes, nil); strings.Contains(list.body, "new post") {
				t.Errorf("Ada's own posts count as new for her")
			}
		})
	}
}

func TestAGroupIsNotFoundForNonMembersAndARemovedMemberGets404AtOnce(t *testing.T) {
	w := newGroupWorld(t, "sqlite")
	tok := w.p.acme.Token
	cy := w.p.accessContact(tok, "cy@example.test", "Cy Twombly")
	cySes := map[string]string{"portal_session": w.p.accessLogin(w.p.accessMagicLink(tok, cy.ID))}
	w.post(w.adaSes, "Members only", nil)
	for _, path := range []string{"", "/feed", "/events"} {
		if a := w.p.accessPage(http.MethodGet, w.origin+"/groups/"+w.group+path, cySes, nil); a.status != http.StatusNotFound {
			t.Errorf("a non-member's GET /groups/{id}%s answered %d, want 404", path, a.status)
		}
	}
	if a := w.p.accessPage(http.MethodGet, w.origin+"/groups", cySes, nil); strings.Contains(a.body, "Founders circle") {
		t.Errorf("a non-member's group list shows the group")
	}
	mustStatus(t, w.p.api(http.MethodDelete, "/api/v1/groups/"+w.group+"/members/"+w.ben.ID, tok, ""), http.StatusNoContent)
	if a := w.p.accessPage(http.MethodGet, w.origin+"/groups/"+w.group, w.benSes, nil); a.status != http.StatusNotFound || strings.Contains(a.body, "Members only") {
		t.Fatalf("right after removal Ben's GET answered %d, want 404 without the posts", a.status)
	}
	post := w.p.accessSubmit(w.origin+"/groups", w.origin+"/groups/"+w.group+"/posts/x/like", w.benSes, nil)
	if post.status != http.StatusNotFound {
		t.Errorf("a removed member's like answered %d, want 404", post.status)
	}
}

func TestAMutedMemberReadsButCannotPost(t *testing.T) {
	w := newGroupWorld(t, "sqlite")
	mustStatus(t, w.p.api(http.MethodPut, "/api/v1/groups/"+w.group+"/members/"+w.ben.ID+"/mute", w.p.acme.Token, ""), http.StatusNoContent)
	page := w.p.accessPage(http.MethodGet, w.origin+"/groups/"+w.group, w.benSes, nil)
	if !strings.Contains(page.body, "You are muted in this group") {
		t.Fatalf("a muted member's feed does not say so")
	}
	w.post(w.adaSes, "Ada can still post", nil)
	like := w.p.accessSubmit(w.origin+"/groups", w.origin+"/groups/"+w.group+"/posts/"+w.firstPostID()+"/like", w.benSes, nil)
	if like.status != http.StatusForbidden || !strings.Contains(like.body, "You are muted") {
		t.Errorf("a muted member's like answered %d, want 403 saying they are muted", like.status)
	}
}

func TestTheOwnerPinsAndRemovesPostsAndComments(t *testing.T) {
	w := newGroupWorld(t, "sqlite")
	tok := w.p.acme.Token
	w.post(w.adaSes, "Old news", nil)
	old := w.firstPostID()
	w.post(w.benSes, "Spam spam", nil)
	spam := w.firstPostID()
	w.comment(w.adaSes, old, "A rude comment")
	mustStatus(t, w.p.api(http.MethodPut, "/api/v1/groups/"+w.group+"/posts/"+old+"/pin", tok, ""), http.StatusNoContent)
	mustStatus(t, w.p.api(http.MethodDelete, "/api/v1/groups/"+w.group+"/posts/"+spam, tok, ""), http.StatusNoContent)
	feed := w.p.accessPage(http.MethodGet, w.origin+"/groups/"+w.group, w.adaSes, nil)
	if strings.Contains(feed.body, "Spam spam") || !strings.Contains(feed.body, "Pinned") || !strings.Contains(feed.body, "A rude comment") {
		t.Fatalf("after pin and removal the feed shows the wrong posts")
	}
	a := w.p.api(http.MethodGet, "/api/v1/groups/"+w.group+"/posts", tok, "")
	cid := strings.Split(strings.Split(a.body, `"comments":[{"id":"`)[1], `"`)[0]
	mustStatus(t, w.p.api(http.MethodDelete, "/api/v1/groups/"+w.group+"/posts/"+old+"/comments/"+cid, tok, ""), http.StatusNoContent)
	if feed := w.p.accessPage(http.MethodGet, w.origin+"/groups/"+w.group, w.adaSes, nil); strings.Contains(feed.body, "A rude comment") {
		t.Errorf("a removed comment still shows")
	}
}
