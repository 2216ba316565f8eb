package web_test

import (
	"net/http"
	"strings"
	"testing"
)

func TestAnotherWorkspaceCannotReachCoursesOrGroupsByID(t *testing.T) {
	for _, dialect := range []string{"sqlite", "postgres"} {
		t.Run(dialect, func(t *testing.T) {
			w := newGroupWorld(t, dialect)
			p := w.p
			course := p.courseFixture(p.acme.Token)
			p.grant(p.acme.Token, course.ID, w.ada.ID)
			w.post(w.adaSes, "Acme only", nil)
			post := w.firstPostID()
			globex := p.setup("Globex", "owner@globex.test")
			gx := globex.Token
			for _, r := range []struct{ method, path, body string }{
				{http.MethodGet, "/api/v1/courses/" + course.ID, ""},
				{http.MethodGet, "/api/v1/courses/" + course.ID + "/progress", ""},
				{http.MethodPost, "/api/v1/courses/" + course.ID + "/publish", ""},
				{http.MethodPost, "/api/v1/courses/" + course.ID + "/grants", `{"all_joined":true}`},
				{http.MethodGet, "/api/v1/groups/" + w.group, ""},
				{http.MethodGet, "/api/v1/groups/" + w.group + "/posts", ""},
				{http.MethodPost, "/api/v1/groups/" + w.group + "/members", `{"contact_ids":["` + w.ada.ID + `"]}`},
				{http.MethodDelete, "/api/v1/groups/" + w.group + "/posts/" + post, ""},
				{http.MethodPut, "/api/v1/groups/" + w.group + "/posts/" + post + "/pin", ""},
			} {
				if a := p.api(r.method, r.path, gx, r.body); a.status != http.StatusNotFound {
					t.Errorf("Globex's %s %s answered %d, want 404: %s", r.method, r.path, a.status, a.body)
				}
			}
			if a := p.api(http.MethodGet, "/api/v1/courses", gx, ""); strings.Contains(a.body, course.ID) {
				t.Errorf("Globex's course list shows Acme's course")
			}
			if a := p.api(http.MethodGet, "/api/v1/groups", gx, ""); strings.Contains(a.body, w.group) {
				t.Errorf("Globex's group list shows Acme's group")
			}
			gxAda := p.accessContact(gx, "ada@example.test", "Ada at Globex")
			gb := p.api(http.MethodPost, "/api/v1/courses/"+course.ID+"/grants", gx, `{"contact_ids":["`+gxAda.ID+`"]}`)
			if gb.status != http.StatusNotFound {
				t.Errorf("Globex granting Acme's course answered %d", gb.status)
			}
			ag := p.api(http.MethodPost, "/api/v1/courses/"+course.ID+"/grants", p.acme.Token, `{"contact_ids":["`+gxAda.ID+`"]}`)
			apiError(t, ag, http.StatusUnprocessableEntity, "validation_failed")
			gxOrigin := "http://" + globex.Workspace.Slug + ".localhost:8080"
			sess := map[string]string{"portal_session": p.accessLogin(p.accessMagicLink(gx, gxAda.ID))}
			for _, path := range []string{"/courses/" + course.ID, "/groups/" + w.group} {
				if a := p.accessPage(http.MethodGet, gxOrigin+path, sess, nil); a.status != http.StatusNotFound {
					t.Errorf("a Globex client's GET %s answered %d, want 404", path, a.status)
				}
			}
		})
	}
}
