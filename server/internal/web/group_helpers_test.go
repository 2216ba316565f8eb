package web_test

import (
	"bytes"
	"encoding/json"
	"mime/multipart"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"clientportal/shared/api"
)

// groupWorld is Acme with a group of two members, Ada and Ben, both signed in.
type groupWorld struct {
	p              *portal
	origin, group  string
	ada, ben       api.Contact
	adaSes, benSes map[string]string
}

func newGroupWorld(t *testing.T, dialect string) *groupWorld {
	t.Helper()
	p := newPortal(t, dialect)
	tok := p.acme.Token
	w := &groupWorld{p: p, origin: "http://" + p.acme.Workspace.Slug + ".localhost:8080"}
	w.ada = p.accessContact(tok, "ada@example.test", "Ada Lovelace")
	w.ben = p.accessContact(tok, "ben@example.test", "Ben Okri")
	w.group = p.newGroup(tok, "Founders circle")
	p.addMembers(tok, w.group, w.ada.ID, w.ben.ID)
	w.adaSes = map[string]string{"portal_session": p.accessLogin(p.accessMagicLink(tok, w.ada.ID))}
	w.benSes = map[string]string{"portal_session": p.accessLogin(p.accessMagicLink(tok, w.ben.ID))}
	return w
}

func (p *portal) newGroup(token, name string) string {
	p.t.Helper()
	a := p.api(http.MethodPost, "/api/v1/groups", token, `{"name":"`+name+`"}`)
	mustStatus(p.t, a, http.StatusCreated)
	var g api.Group
	accessDecode(p.t, a, &g)
	return g.ID
}

func (p *portal) addMembers(token, groupID string, ids ...string) {
	p.t.Helper()
	b, _ := json.Marshal(api.MembersInput{ContactIDs: ids})
	mustStatus(p.t, p.api(http.MethodPost, "/api/v1/groups/"+groupID+"/members", token, string(b)), http.StatusOK)
}

// post sends the feed's post form as a browser does, with an optional picture.
func (w *groupWorld) post(sess map[string]string, body string, image []byte) answer {
	w.p.t.Helper()
	page := w.p.accessPage(http.MethodGet, w.origin+"/groups/"+w.group, sess, nil)
	m := accessCSRFField.FindStringSubmatch(page.body)
	csrf := accessCookie(page, "portal_csrf")
	if m == nil || csrf == "" {
		w.p.t.Fatalf("the group page (%d) has no post form:\n%s", page.status, page.body)
	}
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	mw.WriteField("_csrf", m[1])
	mw.WriteField("body", body)
	if image != nil {
		fw, _ := mw.CreateFormFile("image", "photo.png")
		fw.Write(image)
	}
	mw.Close()
	r := request{method: http.MethodPost, path: "/groups/" + w.group + "/posts", host: hostOf(w.origin), contentType: mw.FormDataContentType(),
		body: buf.String(), header: map[string]string{"Cookie": "portal_csrf=" + csrf + "; portal_session=" + sess["portal_session"]}}
	return w.p.do(r)
}

// firstPostID is the id of the newest post in the group, as the owner API lists it.
func (w *groupWorld) firstPostID() string {
	w.p.t.Helper()
	a := w.p.api(http.MethodGet, "/api/v1/groups/"+w.group+"/posts", w.p.acme.Token, "")
	mustStatus(w.p.t, a, http.StatusOK)
	var l api.PostList
	accessDecode(w.p.t, a, &l)
	if len(l.Posts) == 0 {
		w.p.t.Fatal("the group has no posts")
	}
	return l.Posts[0].ID
}

// comment sends the comment form of a post.
func (w *groupWorld) comment(sess map[string]string, postID, body string) answer {
	w.p.t.Helper()
	return w.p.accessSubmit(w.origin+"/groups/"+w.group, w.origin+"/groups/"+w.group+"/posts/"+postID+"/comments", sess, url.Values{"body": {body}})
}

func hostOf(origin string) string { return strings.TrimPrefix(origin, "http://") }
