package web_test

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"time"

	"clientportal/shared/api"
)

// walkRequest is one request of the walk.
type walkRequest struct {
	method, host, path string
	token              string            // bearer token
	cookies            map[string]string // cookie name → value
	csrf               string            // X-CSRF-Token
	htmx               bool              // sent by htmx (HX-Request), which gets fragments and 401s instead of pages and redirects
	contentType        string
	body               []byte
}

// send makes the request from an address of its own and reads the answer;
// an event stream is read for a moment, then closed.
func (w *walkWorld) send(r walkRequest) answer {
	w.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, r.method, "http://"+r.host+r.path, bytes.NewReader(r.body))
	if err != nil {
		w.t.Fatal(err)
	}
	w.peers++
	req.Header.Set("X-Forwarded-For", fmt.Sprintf("10.77.%d.%d", w.peers/250, 1+w.peers%250))
	if r.token != "" {
		req.Header.Set("Authorization", "Bearer "+r.token)
	}
	if r.contentType != "" {
		req.Header.Set("Content-Type", r.contentType)
	}
	if r.method == http.MethodGet {
		req.Header.Set("Last-Event-ID", "1") // an event stream sends what it has since the first event
	}
	if r.htmx {
		req.Header.Set("HX-Request", "true")
	}
	if r.csrf != "" {
		req.Header.Set("X-CSRF-Token", r.csrf)
	}
	for k, v := range r.cookies {
		req.AddCookie(&http.Cookie{Name: k, Value: v})
	}
	res, err := w.hc.Do(req)
	if err != nil {
		w.t.Fatalf("%s %s%s: %v", r.method, r.host, r.path, err)
	}
	defer res.Body.Close()
	var b []byte
	if strings.HasPrefix(res.Header.Get("Content-Type"), "text/event-stream") {
		b = w.readStream(res.Body)
	} else if b, err = io.ReadAll(res.Body); err != nil {
		w.t.Fatalf("%s %s%s: read: %v", r.method, r.host, r.path, err)
	}
	return answer{status: res.StatusCode, header: res.Header, body: string(b)}
}

// readStream reads what an event stream sends within half a second: the
// backlog a wrong caller could be given.
func (w *walkWorld) readStream(body io.Reader) []byte {
	got := make(chan []byte, 1)
	go func() {
		var buf bytes.Buffer
		chunk := make([]byte, 4096)
		for {
			n, err := body.Read(chunk)
			buf.Write(chunk[:n])
			if err != nil || buf.Len() > 1<<20 {
				break
			}
		}
		got <- buf.Bytes()
	}()
	select {
	case b := <-got:
		return b
	case <-time.After(500 * time.Millisecond):
		return nil // the body closes when send returns; the reader ends then
	}
}

var walkCSRFField = regexp.MustCompile(`name="_csrf" value="([^"]+)"|"X-CSRF-Token":\s*"([^"]+)"`)

// formToken opens a page as a browser with these cookies and returns the
// form token it embeds and the pre-session cookie it sets, if any.
func (w *walkWorld) formToken(host, path string, cookies map[string]string) (token, preSession string) {
	w.t.Helper()
	a := w.send(walkRequest{method: http.MethodGet, host: host, path: path, cookies: cookies})
	m := walkCSRFField.FindStringSubmatch(a.body)
	if a.status != http.StatusOK || m == nil {
		w.t.Fatalf("GET %s%s: %d with no form token:\n%.500s", host, path, a.status, a.body)
	}
	return m[1] + m[2], accessCookie(a, "portal_csrf")
}

// signIn logs a contact in on host with a magic link, as a browser does,
// and returns the session cookie.
func (w *walkWorld) signIn(token, host, contactID string) string {
	w.t.Helper()
	var l api.MagicLink
	w.apiJSON(token, http.MethodPost, "/api/v1/contacts/"+contactID+"/magic-links", nil, &l)
	u, _ := url.Parse(l.URL)
	csrf, pre := w.formToken(host, u.Path, nil)
	a := w.send(walkRequest{method: http.MethodPost, host: host, path: u.Path, cookies: map[string]string{"portal_csrf": pre},
		contentType: "application/x-www-form-urlencoded", body: []byte(url.Values{"_csrf": {csrf}}.Encode())})
	sess := accessCookie(a, "portal_session")
	if a.status != http.StatusSeeOther || sess == "" {
		w.t.Fatalf("sign in on %s: %d with session %q: %.300s", host, a.status, sess, a.body)
	}
	return sess
}
