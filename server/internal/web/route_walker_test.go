package web_test

import (
	"net/http"
	"reflect"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/storetest"
)

// The route walker calls every route of the router, read from Fiber's own
// list so that a new route cannot be missed, as each caller that does not
// own workspace A's data: nobody, another client of A (as a page and as
// htmx), B's owner, and B's client with its session cookie on A's host, on
// SQLite and PostgreSQL. It fails on an answer that holds A's data, on any
// change to A's data, on a 2xx to a caller with no identity there from a
// route not listed as public, on a server error, on a login it gives, and
// on a write refused for its form token (a refusal must be about who
// calls, not a missing token).
func TestEveryRouteKeepsOneWorkspacesDataFromEveryoneElse(t *testing.T) {
	for _, dialect := range storetest.Dialects {
		t.Run(dialect, func(t *testing.T) {
			w := newWalkWorld(t, dialect)
			routes := w.routes()
			w.checkTheWalkCanSeeALeak()
			for _, c := range walkCallers {
				var last walkSnapshot
				for _, r := range routes {
					if (c.writesOnly && walkReads(r.method)) || (c.readsOnly && !walkReads(r.method)) {
						continue
					}
					last = w.walk(r, c, last)
				}
			}
			w.checkTheWalkCanSeeAChange()
			t.Logf("walked %d routes as %d callers: %d requests", len(routes), len(walkCallers), w.peers)
		})
	}
}

// walkRoute is one route of the router with what the walker knows of it.
type walkRoute struct {
	method, path string
	rule         walkRule
}

func (r walkRoute) String() string { return r.method + " " + r.path }

// routes lists the router's routes to walk; a route the walker has no rule
// for and cannot infer one for fails the test, naming the line to add.
func (w *walkWorld) routes() []walkRoute {
	seen, used := map[string]bool{}, map[string]bool{}
	var out []walkRoute
	for _, r := range routerRoutes(w.sys.App) {
		key := r.Method + " " + r.Path
		if seen[key] {
			continue
		}
		seen[key] = true
		rule, ok := walkRules[key]
		used[key] = ok
		if problem := w.ruleProblem(r, rule, ok); problem != "" {
			w.t.Errorf("route %s %s", key, problem)
			continue
		}
		if rule.skip == "" {
			out = append(out, walkRoute{method: r.Method, path: r.Path, rule: rule})
		}
	}
	for key := range walkRules {
		if _, ok := used[key]; !ok {
			w.t.Errorf("walkRules has a line for %s, which the router no longer has: remove it", key)
		}
	}
	return out
}

// ruleProblem says what the walker lacks to call route r, or "".
func (w *walkWorld) ruleProblem(r fiber.Route, rule walkRule, listed bool) string {
	guarded := strings.HasPrefix(r.Path, "/api/v1/") || walkHasHandler(r, "requireClient")
	if !listed && !(walkReads(r.Method) && guarded) {
		return "has no rule: add a line to walkRules in route_walker_rules_test.go " +
			"(its body if it writes, or why anyone may call it if it is public)"
	}
	if len(rule.tables) > 0 && (rule.public == "" || rule.changes == "") {
		return "may change A's tables, which only a public route may, saying why in its changes"
	}
	if rule.skip != "" || rule.path != "" {
		return ""
	}
	if _, err := w.fillPath(r.Path); err != "" {
		return err
	}
	return ""
}

// routerRoutes is every route of the app, with each middleware prefix
// (app.Use, a group's handlers) as one "USE" route; the HEAD, OPTIONS,
// CONNECT and TRACE twins of GET routes (app.All, Fiber's automatic HEAD)
// are left out.
func routerRoutes(app *fiber.App) []fiber.Route {
	plain := app.GetRoutes(true)
	gets := map[string]int{}
	for _, r := range plain {
		if r.Method == fiber.MethodGet {
			gets[r.Path]++
		}
	}
	var out []fiber.Route
	// Middleware is listed once per method, like a route: a path with more
	// GETs in the whole list than among the routes has some.
	for _, r := range app.GetRoutes() {
		if r.Method != fiber.MethodGet {
			continue
		}
		if gets[r.Path] > 0 {
			gets[r.Path]--
			continue
		}
		r.Method = "USE"
		out = append(out, r)
	}
	hasGet := func(path string) bool {
		return slices.ContainsFunc(plain, func(g fiber.Route) bool { return g.Path == path && g.Method == fiber.MethodGet })
	}
	for _, r := range plain {
		if slices.Contains([]string{"GET", "POST", "PUT", "PATCH", "DELETE"}, r.Method) || !hasGet(r.Path) {
			out = append(out, r)
		}
	}
	return out
}

// walkHasHandler reports whether the route runs the named handler (a method
// of the server, such as requireClient).
func walkHasHandler(r fiber.Route, name string) bool {
	for _, h := range r.Handlers {
		if fn := runtime.FuncForPC(reflect.ValueOf(h).Pointer()); fn != nil && strings.Contains(fn.Name(), "."+name) {
			return true
		}
	}
	return false
}

func walkReads(m string) bool { return m == fiber.MethodGet || m == fiber.MethodHead }

// walk calls one route as one caller and checks the answer and A's state;
// it returns A's state after the call.
func (w *walkWorld) walk(r walkRoute, c walkCaller, before walkSnapshot) walkSnapshot {
	w.t.Helper()
	req, err := w.request(r, c)
	if err != "" {
		w.t.Errorf("%s: %s", r, err)
		return before
	}
	mine := c.mine(w)
	if before == nil {
		before = w.snapshot(mine...)
	}
	a := w.send(req)
	who := r.String() + " as " + c.name
	w.checkAnswer(who, r, c, req, a)
	after := w.snapshot(mine...)
	if changes := before.changes(after, r.rule.tables...); len(changes) > 0 {
		w.t.Errorf("%s answered %d and changed A's data:\n  %s", who, a.status, strings.Join(changes, "\n  "))
	}
	if r.rule.ends && c.client {
		w.carlSession = w.signIn(w.a.Token, w.aHost, w.carl.ID)
		w.forms = nil
		return nil // signing in again is Carl's own change
	}
	return after
}

// checkAnswer fails on an answer with A's data or a session, a 2xx from a
// route not listed as public to a caller with no identity there, a server
// error, or a refusal for the form token of a caller whose token is valid.
func (w *walkWorld) checkAnswer(who string, r walkRoute, c walkCaller, req walkRequest, a answer) {
	w.t.Helper()
	if leak := w.leakIn(req, a); leak != "" {
		w.t.Errorf("%s answered %d with A's data (%q):\n%.600s", who, a.status, leak, a.body)
	}
	if sess := accessCookie(a, "portal_session"); sess != "" {
		w.t.Errorf("%s answered %d and gave a session", who, a.status)
	}
	if c.nobodyHere(req) && r.rule.public == "" && a.status < 300 {
		w.t.Errorf("%s answered %d to a caller with no identity here, yet walkRules does not say why the route is public", who, a.status)
	}
	if a.status >= 500 {
		w.t.Errorf("%s answered %d: %.300s", who, a.status, a.body)
	}
	if a.status == http.StatusForbidden && c.validForm && strings.Contains(a.body, "This form has expired") {
		w.t.Errorf("%s was refused for its form token, so the walk proves nothing about who called: %.200s", who, a.body)
	}
}

// request builds the call of route r by caller c, with A's values in the
// path and the body.
func (w *walkWorld) request(r walkRoute, c walkCaller) (walkRequest, string) {
	path := r.rule.path
	if path == "" {
		var err string
		if path, err = w.fillPath(r.path); err != "" {
			return walkRequest{}, err
		}
	}
	query := r.rule.query
	if query == "" && walkReads(r.method) {
		query = walkQuery
	}
	req := walkRequest{method: r.method, path: path + w.fill(query), host: w.aHost}
	if req.method == "USE" {
		req.method = http.MethodGet
	}
	if strings.HasPrefix(path, "/api/") || r.rule.base {
		req.host = "localhost:" + w.port
	}
	if r.rule.body != nil {
		req.contentType, req.body = r.rule.body(w.fill)
	}
	c.dress(w, &req)
	return req, ""
}

// walkQuery goes with every read that names no query of its own: filters
// set to A's ids, which a list must not follow into A's data.
const walkQuery = "?contact_id={contact}&all=1"

// fillPath puts A's values in the route's parameters.
func (w *walkWorld) fillPath(route string) (string, string) {
	segs := strings.Split(route, "/")
	for i, s := range segs {
		if !strings.HasPrefix(s, ":") && s != "*" {
			continue
		}
		name, ok := "", false
		if i > 0 {
			name, ok = walkParams[segs[i-1]+"/"+s]
		}
		if !ok {
			name, ok = walkParams[s]
		}
		if !ok {
			return "", "has a parameter " + s + " the walker cannot fill: add it to walkParams in route_walker_rules_test.go"
		}
		segs[i] = w.value(name)
	}
	return strings.Join(segs, "/"), ""
}
