package e2e

import (
	"html"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"
)

// visitor is a person's HTTP client with its own cookies, for flows where a
// browser adds nothing but time: forms, redirects and cookies.
type visitor struct {
	t    testing.TB
	http *http.Client
	last page // the page seen last, whose CSRF token the next form sends
}

// page is what the server answered to a visitor.
type page struct {
	Status int
	URL    string // after redirects
	Body   string
}

func (s *server) visitor() *visitor {
	jar, _ := cookiejar.New(nil)
	return &visitor{t: s.t, http: &http.Client{Jar: jar, Timeout: 30 * time.Second, Transport: s.transport()}}
}

func (v *visitor) get(u string) page {
	v.t.Helper()
	return v.send(http.MethodGet, u, nil)
}

var csrfField = regexp.MustCompile(`name="_csrf" value="([^"]*)"`)

// submit posts a form to action with the CSRF token of the page seen last.
func (v *visitor) submit(action string, fields url.Values) page {
	v.t.Helper()
	if fields == nil {
		fields = url.Values{}
	}
	if m := csrfField.FindStringSubmatch(v.last.Body); m != nil {
		fields.Set("_csrf", html.UnescapeString(m[1]))
	}
	return v.send(http.MethodPost, action, fields)
}

func (v *visitor) send(method, u string, form url.Values) page {
	v.t.Helper()
	var body io.Reader
	if form != nil {
		body = strings.NewReader(form.Encode())
	}
	req, err := http.NewRequest(method, u, body)
	if err != nil {
		v.t.Fatal(err)
	}
	if form != nil {
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	}
	res, err := v.http.Do(req)
	if err != nil {
		v.t.Fatalf("%s %s: %v", method, u, err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		v.t.Fatal(err)
	}
	v.last = page{Status: res.StatusCode, URL: res.Request.URL.String(), Body: string(b)}
	return v.last
}

// cookie is the value of a cookie the visitor holds for u.
func (v *visitor) cookie(u, name string) string {
	pu, _ := url.Parse(u)
	for _, c := range v.http.Jar.Cookies(pu) {
		if c.Name == name {
			return c.Value
		}
	}
	return ""
}

// setCookie gives the visitor a cookie for u, as if copied from elsewhere.
func (v *visitor) setCookie(u, name, value string) {
	pu, _ := url.Parse(u)
	v.http.Jar.SetCookies(pu, []*http.Cookie{{Name: name, Value: value, Path: "/"}})
}

var (
	tags   = regexp.MustCompile(`(?s)<[^>]*>`)
	spaces = regexp.MustCompile(`\s+`)
	h1     = regexp.MustCompile(`(?s)<h1[^>]*>(.*?)</h1>`)
	mainEl = regexp.MustCompile(`(?s)<main[^>]*>(.*)</main>`)
)

// heading is the text of the page's first h1.
func (p page) heading() string {
	m := h1.FindStringSubmatch(p.Body)
	if m == nil {
		return ""
	}
	return text(m[1])
}

// mainText is the text a person reads in the page's main area.
func (p page) mainText() string {
	m := mainEl.FindStringSubmatch(p.Body)
	if m == nil {
		return text(p.Body)
	}
	return text(m[1])
}

func text(h string) string {
	return strings.TrimSpace(spaces.ReplaceAllString(html.UnescapeString(tags.ReplaceAllString(h, " ")), " "))
}

// hasButton reports whether the page shows a button labelled label.
func (p page) hasButton(label string) bool {
	return regexp.MustCompile(`<button[^>]*>\s*` + regexp.QuoteMeta(label) + `\s*</button>`).MatchString(p.Body)
}
