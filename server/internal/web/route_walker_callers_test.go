package web_test

import (
	"regexp"
	"strings"
	"time"
)

// walkCaller is someone who must not reach workspace A's data: how it
// dresses a request, which of A's rows are its own, and whether the form
// token it sends is one the portal accepts from it.
type walkCaller struct {
	name       string
	validForm  bool // its form token is valid for it, so a CSRF refusal would hide the real answer
	writesOnly bool // only writes differ from another caller's reads
	readsOnly  bool // only reads differ from another caller's writes
	client     bool // a signed-in client of A on A's portal (an identity there, not A's data)
	mine       func(w *walkWorld) []string
	dress      func(w *walkWorld, r *walkRequest)
}

func ownsNothing(*walkWorld) []string { return nil }

// walkCallers are the callers of the walk, each on every route.
var walkCallers = []walkCaller{
	{name: "nobody", validForm: true, mine: ownsNothing, dress: func(w *walkWorld, r *walkRequest) {
		if walkOnPortal(r) {
			r.cookies, r.csrf = map[string]string{"portal_csrf": w.form("pre")}, w.form("preToken")
		}
	}},
	{name: "another client of A", validForm: true, client: true, mine: func(w *walkWorld) []string { return []string{w.carl.ID} }, dress: func(w *walkWorld, r *walkRequest) {
		r.cookies = map[string]string{"portal_session": w.carlSession}
		if walkOnPortal(r) {
			r.csrf = w.form("carlToken")
		}
	}},
	{name: "another client of A, as htmx", validForm: true, client: true, readsOnly: true, mine: func(w *walkWorld) []string { return []string{w.carl.ID} },
		dress: func(w *walkWorld, r *walkRequest) {
			r.cookies, r.htmx = map[string]string{"portal_session": w.carlSession}, true
		}},
	{name: "B's owner", validForm: true, mine: ownsNothing, dress: func(w *walkWorld, r *walkRequest) {
		r.token = w.b.Token
		if walkOnPortal(r) {
			r.cookies, r.csrf = map[string]string{"portal_csrf": w.form("pre")}, w.form("preToken")
		}
	}},
	{name: "B's client with B's session and form token on A's host", mine: ownsNothing, dress: func(w *walkWorld, r *walkRequest) {
		r.cookies, r.csrf = map[string]string{"portal_session": w.bobSession}, w.form("bobToken")
	}},
	{name: "B's client with B's session and A's form token", validForm: true, writesOnly: true, mine: ownsNothing, dress: func(w *walkWorld, r *walkRequest) {
		r.cookies = map[string]string{"portal_session": w.bobSession, "portal_csrf": w.form("pre")}
		r.csrf = w.form("preToken")
	}},
}

func walkOnPortal(r *walkRequest) bool { return !strings.HasPrefix(r.path, "/api/") }

// nobodyHere reports whether the caller has no identity where the request
// goes: no owner token on the API, no session of A on A's portal.
func (c walkCaller) nobodyHere(r walkRequest) bool {
	if walkOnPortal(&r) {
		return !c.client
	}
	return r.token == ""
}

// form is a form token or pre-session cookie of the walk's callers, read
// from the pages a browser would open: A's login page for anyone, Carl's
// profile on A's host, Bob's profile on B's host.
func (w *walkWorld) form(name string) string {
	if w.forms == nil {
		w.forms = map[string]string{}
		w.forms["preToken"], w.forms["pre"] = w.formToken(w.aHost, "/login", nil)
		w.forms["carlToken"], _ = w.formToken(w.aHost, "/profile", map[string]string{"portal_session": w.carlSession})
		w.forms["bobToken"], _ = w.formToken(w.bHost, "/profile", map[string]string{"portal_session": w.bobSession})
	}
	return w.forms[name]
}

// value is A's value of a name the rules use.
func (w *walkWorld) value(name string) string {
	switch name {
	case "position":
		return "1"
	case "kind":
		return "login"
	case "token":
		return strings.Repeat("Q", 43) // the shape of a link token, live nowhere
	case "unknown":
		return "no-such-resource"
	case "today":
		return w.sys.Clock.Now().Format(time.DateOnly)
	case "dueDate":
		return w.sys.Clock.Now().AddDate(0, 1, 0).Format(time.DateOnly)
	}
	if v, ok := w.ids[name]; ok {
		return v
	}
	w.t.Fatalf("the walk has no value named %q", name)
	return ""
}

var walkPlaceholder = regexp.MustCompile(`\{([A-Za-z]+)\}`)

// fill replaces every {name} in a rule's text with A's value (merge fields
// such as {{contact.name}} stay).
func (w *walkWorld) fill(tmpl string) string {
	return walkPlaceholder.ReplaceAllStringFunc(tmpl, func(m string) string { return w.value(m[1 : len(m)-1]) })
}
