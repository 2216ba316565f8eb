package ui

import (
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"clientportal/app/internal/testenv"
	"clientportal/shared/api"
)

// memberPosts posts in a group through the portal's page as the signed-in client.
func memberPosts(t *testing.T, c *http.Client, base, groupID, text string) (int, string) {
	t.Helper()
	page := base + "/groups/" + groupID
	res, err := c.PostForm(page+"/posts", url.Values{"_csrf": {formToken(t, c, page)}, "body": {text}})
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res.StatusCode, string(b)
}

// newGroupInUI creates a group through the UI and returns its id.
func newGroupInUI(t *testing.T, h *harness, name string) string {
	t.Helper()
	res, body := post(t, h, "/groups", url.Values{"name": {name}})
	target := res.Header.Get("HX-Redirect")
	if !strings.HasPrefix(target, "/groups/?group=") {
		t.Fatalf("create group: %d %s\n%s", res.StatusCode, target, body)
	}
	return strings.TrimPrefix(target, "/groups/?group=")
}

// onlyPost is the one post of the group's feed, read through the owner API.
func onlyPost(t *testing.T, p *testenv.Portal, groupID string) api.Post {
	t.Helper()
	l, err := ownerClient(p).GroupPosts(testenv.Context(t), groupID, "")
	if err != nil || len(l.Posts) != 1 {
		t.Fatalf("feed %+v (%v)", l, err)
	}
	return l.Posts[0]
}

func TestAGroupPostByTheOwnerReachesTheMemberAndCanBePinnedAndRemoved(t *testing.T) {
	t.Parallel()
	portal := testenv.StartPortal(t)
	grace := newGrace(t, portal)
	client, base := clientSession(t, portal, grace.ID)
	h := newHarness(t)
	connectUI(t, h, portal, portal.Token)
	id := newGroupInUI(t, h, "Book club")
	if _, page := get(t, h, "/groups/?group="+id); !strings.Contains(page, "Book club") || !strings.Contains(page, `value="`+grace.ID+`"`) {
		t.Fatalf("group page:\n%s", page)
	}
	if _, body := post(t, h, "/groups/"+id+"/members", url.Values{"contact_id": {grace.ID}}); !strings.Contains(body, "Added 1 member(s).") || !strings.Contains(body, `id="member-`+grace.ID+`"`) {
		t.Fatalf("add member:\n%s", body)
	}
	if _, body := post(t, h, "/groups/"+id+"/posts", url.Values{"body": {"Welcome to the book club"}}); !strings.Contains(body, "Welcome to the book club") {
		t.Fatalf("owner post:\n%s", body)
	}
	if _, page := clientPage(t, client, base+"/groups/"+id); !strings.Contains(page, "Welcome to the book club") {
		t.Fatalf("the member does not see the post:\n%s", page)
	}
	p := onlyPost(t, portal, id)
	if _, body := post(t, h, "/groups/"+id+"/posts/"+p.ID+"/pin", url.Values{"pinned": {"true"}}); !strings.Contains(body, "Post pinned.") || !strings.Contains(body, `class="post pinned"`) {
		t.Fatalf("pin:\n%s", body)
	}
	if !onlyPost(t, portal, id).Pinned {
		t.Fatal("the server did not pin the post")
	}
	_, body := post(t, h, "/groups/"+id+"/posts/"+p.ID+"/remove", nil)
	if !strings.Contains(body, "Post removed.") || strings.Contains(body, "Welcome to the book club") {
		t.Fatalf("remove:\n%s", body)
	}
	if _, page := clientPage(t, client, base+"/groups/"+id); strings.Contains(page, "Welcome to the book club") {
		t.Fatalf("the member still sees the removed post:\n%s", page)
	}
}

func TestAGroupMemberPostShowsLiveAndAMutedMemberIsRefused(t *testing.T) {
	t.Parallel()
	portal := testenv.StartPortal(t)
	grace := newGrace(t, portal)
	client, base := clientSession(t, portal, grace.ID)
	h := newHarness(t)
	connectUI(t, h, portal, portal.Token)
	waitOnline(t, h)
	id := newGroupInUI(t, h, "Book club")
	post(t, h, "/groups/"+id+"/members", url.Values{"contact_id": {grace.ID}})

	seen := h.App.Live.Status().Version
	if code, page := memberPosts(t, client, base, id, "Hello from Grace"); code != http.StatusOK {
		t.Fatalf("member post: %d\n%s", code, page)
	}
	waitNotice(t, h, seen, "A client posted in a group")
	if _, feed := get(t, h, "/groups/"+id+"/feed"); !strings.Contains(feed, "Hello from Grace") {
		t.Fatalf("feed after the member posted:\n%s", feed)
	}
	p := onlyPost(t, portal, id)
	memberComments(t, client, base, id, p.ID, "Off-topic remark")
	comment := onlyPost(t, portal, id).Comments[0]
	_, body := post(t, h, "/groups/"+id+"/posts/"+p.ID+"/comments/"+comment.ID+"/remove", nil)
	if !strings.Contains(body, "Comment removed.") || strings.Contains(body, "Off-topic remark") {
		t.Fatalf("remove comment:\n%s", body)
	}

	_, body = post(t, h, "/groups/"+id+"/members/"+grace.ID+"/mute", url.Values{"muted": {"true"}})
	if !strings.Contains(body, "Member muted") || !strings.Contains(body, ">Unmute<") {
		t.Fatalf("mute:\n%s", body)
	}
	code, page := memberPosts(t, client, base, id, "Can I still post?")
	if code != http.StatusForbidden || !strings.Contains(page, "You are muted in this group") {
		t.Fatalf("a muted member's post: %d\n%s", code, page)
	}
	if _, feed := get(t, h, "/groups/"+id+"/feed"); strings.Contains(feed, "Can I still post?") {
		t.Fatalf("the refused post is in the feed:\n%s", feed)
	}
	if _, body = post(t, h, "/groups/"+id+"/members/"+grace.ID+"/mute", url.Values{"muted": {"false"}}); !strings.Contains(body, "Mute lifted.") {
		t.Fatalf("unmute:\n%s", body)
	}
	if code, page := memberPosts(t, client, base, id, "Back again"); code != http.StatusOK {
		t.Fatalf("post after the mute was lifted: %d\n%s", code, page)
	}
}

// memberComments comments on a post through the portal's page as the signed-in client.
func memberComments(t *testing.T, c *http.Client, base, groupID, postID, text string) {
	t.Helper()
	page := base + "/groups/" + groupID
	res, err := c.PostForm(page+"/posts/"+postID+"/comments", url.Values{"_csrf": {formToken(t, c, page)}, "body": {text}})
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusOK {
		t.Fatalf("member comment: %d at %s", res.StatusCode, res.Request.URL)
	}
}
