package web_test

import (
	"net/http"
	"net/url"
	"strings"
)

// leakIn is the marker of A's data the answer holds, if any: a marker
// text, the id of one of Ann's records, or one of her files. What the
// caller sent itself (an id in the path, an address typed into a form) may
// come back.
func (w *walkWorld) leakIn(req walkRequest, a answer) string {
	for _, f := range w.files {
		if strings.Contains(a.body, string(f)) {
			return "one of Ann's stored files"
		}
	}
	body := a.body + a.header.Get("Location")
	sent := string(req.body) + req.path
	if form, err := url.QueryUnescape(string(req.body)); err == nil {
		sent += form
	}
	for _, v := range w.ids {
		if v != "" && strings.Contains(sent, v) {
			body = strings.ReplaceAll(body, v, "")
		}
	}
	body = strings.ToLower(body)
	markers := []string{privateMarker}
	if strings.HasPrefix(req.path, "/api/") {
		markers = append(markers, tenantMarker)
	}
	for _, id := range w.annsRecords() {
		if id != "" {
			markers = append(markers, strings.ToLower(id))
		}
	}
	for _, m := range markers {
		if i := strings.Index(body, m); i >= 0 {
			return body[max(0, i-40):min(len(body), i+len(m)+20)]
		}
	}
	return ""
}

// checkTheWalkCanSeeALeak shows that A's markers are where the walk looks:
// A's owner sees them.
func (w *walkWorld) checkTheWalkCanSeeALeak() {
	w.t.Helper()
	for path, marker := range map[string]string{"/api/v1/documents/" + w.ids["document"]: privateMarker, "/api/v1/portal": tenantMarker,
		"/api/v1/documents/" + w.ids["document"] + "/original": "a stored file", "/api/v1/contacts/" + w.ann.ID + "/avatar": "a stored file"} {
		a := w.send(walkRequest{method: http.MethodGet, host: "localhost:" + w.port, path: path, token: w.a.Token})
		if a.status != http.StatusOK || w.leakIn(walkRequest{path: path}, a) == "" {
			w.t.Fatalf("A's own owner does not see %q at %s (%d), so the walk could not see it leak: %.300s", marker, path, a.status, a.body)
		}
	}
	ann := map[string]string{"portal_session": w.signIn(w.a.Token, w.aHost, w.ann.ID)}
	path := "/documents/" + w.ids["document"]
	if a := w.send(walkRequest{method: http.MethodGet, host: w.aHost, path: path, cookies: ann}); w.leakIn(walkRequest{path: path}, a) == "" {
		w.t.Fatalf("Ann does not see %q on her document's page (%d), so the walk could not see it leak", privateMarker, a.status)
	}
}

// checkTheWalkCanSeeAChange shows that the snapshot sees a change A's owner makes.
func (w *walkWorld) checkTheWalkCanSeeAChange() {
	w.t.Helper()
	before := w.snapshot()
	w.apiJSON(w.a.Token, http.MethodPatch, "/api/v1/portal/settings", map[string]string{"accent_color": "#0a0b0c"}, nil)
	if len(before.changes(w.snapshot())) == 0 {
		w.t.Error("A's owner changed A's colour and the snapshot saw no change")
	}
}
