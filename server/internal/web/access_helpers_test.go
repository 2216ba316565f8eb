package web_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
	"clientportal/shared/api"
)

// accessContact creates a contact through the owner API and returns it.
func (p *portal) accessContact(token, email, name string) api.Contact {
	p.t.Helper()
	a := p.api(http.MethodPost, "/api/v1/contacts", token, `{"email":"`+email+`","name":"`+name+`"}`)
	mustStatus(p.t, a, http.StatusCreated)
	var c api.Contact
	accessDecode(p.t, a, &c)
	return c
}

// accessMagicLink makes a magic link for a contact and returns its URL.
func (p *portal) accessMagicLink(token, contactID string) string {
	p.t.Helper()
	a := p.api(http.MethodPost, "/api/v1/contacts/"+contactID+"/magic-links", token, "")
	mustStatus(p.t, a, http.StatusCreated)
	var l api.MagicLink
	accessDecode(p.t, a, &l)
	return l.URL
}

func accessDecode(t *testing.T, a answer, out any) {
	t.Helper()
	if err := json.Unmarshal([]byte(a.body), out); err != nil {
		t.Fatalf("answer %q: %v", a.body, err)
	}
}

// accessPage is a page request on a portal host with the given cookies.
func (p *portal) accessPage(method, rawURL string, cookies map[string]string, form url.Values) answer {
	p.t.Helper()
	u, err := url.Parse(rawURL)
	if err != nil {
		p.t.Fatal(err)
	}
	r := request{method: method, path: u.RequestURI(), host: u.Host, header: map[string]string{}}
	if form != nil {
		r.contentType, r.body = "application/x-www-form-urlencoded", form.Encode()
	}
	var cs []string
	for k, v := range cookies {
		cs = append(cs, k+"="+v)
	}
	if len(cs) > 0 {
		r.header["Cookie"] = strings.Join(cs, "; ")
	}
	return p.do(r)
}

var accessCSRFField = regexp.MustCompile(`name="_csrf" value="([^"]*)"`)

// accessSubmit loads the page at pageURL and posts its form to action, as a
// browser does: with the page's CSRF cookie and field, and any cookies given.
func (p *portal) accessSubmit(pageURL, action string, cookies map[string]string, form url.Values) answer {
	p.t.Helper()
	got := p.accessPage(http.MethodGet, pageURL, cookies, nil)
	m := accessCSRFField.FindStringSubmatch(got.body)
	csrf := accessCookie(got, "portal_csrf")
	if m == nil || csrf == "" {
		p.t.Fatalf("GET %s (%d) has no form with a CSRF token:\n%s", pageURL, got.status, got.body)
	}
	all := map[string]string{"portal_csrf": csrf}
	for k, v := range cookies {
		all[k] = v
	}
	if form == nil {
		form = url.Values{}
	}
	form.Set("_csrf", m[1])
	return p.accessPage(http.MethodPost, action, all, form)
}

// accessLogin uses a magic link and returns the session cookie it set.
func (p *portal) accessLogin(link string) string {
	p.t.Helper()
	a := p.accessSubmit(link, link, nil, nil)
	sess := accessCookie(a, "portal_session")
	if a.status != http.StatusSeeOther || a.header.Get("Location") != "/dashboard" || sess == "" {
		p.t.Fatalf("login with %s: %d to %q with session %q, want 303 to /dashboard with a session", link, a.status, a.header.Get("Location"), sess)
	}
	return sess
}

// accessCookie is the value of a cookie an answer sets.
func accessCookie(a answer, name string) string {
	for _, line := range a.header.Values("Set-Cookie") {
		if c, err := http.ParseSetCookie(line); err == nil && c.Name == name && c.MaxAge >= 0 {
			return c.Value
		}
	}
	return ""
}

// accessEmails lists the emails queued for a workspace, newest first.
func (p *portal) accessEmails(workspaceID string) []model.Email {
	p.t.Helper()
	var es []model.Email
	err := p.sys.Store.View(context.Background(), func(tx *store.Tx) (err error) {
		es, err = tx.Emails().Recent(workspaceID, 1000)
		return err
	})
	if err != nil {
		p.t.Fatal(err)
	}
	return es
}

var accessH1 = regexp.MustCompile(`(?s)<h1[^>]*>(.*?)</h1>`)

// accessHeading is the text of a page's first h1.
func accessHeading(a answer) string {
	m := accessH1.FindStringSubmatch(a.body)
	if m == nil {
		return ""
	}
	return strings.TrimSpace(regexp.MustCompile(`<[^>]*>`).ReplaceAllString(m[1], ""))
}

// accessRunJobs runs the job queue until no job is due.
func (p *portal) accessRunJobs() {
	p.t.Helper()
	for {
		n, err := p.sys.Queue.RunOnce(context.Background())
		if err != nil {
			p.t.Fatalf("run jobs: %v", err)
		}
		if n == 0 {
			return
		}
	}
}
