package e2e

import (
	"context"
	"net/http"
	"testing"
	"time"

	"clientportal/shared/api"
)

func TestAWorkflowAddsTheClientToAGroupAndGivesThemACourseOnJoining(t *testing.T) {
	eachDialect(t, func(t *testing.T, dialect string) {
		s := open(t, dialect)
		var group api.Group
		mustCall(s, http.MethodPost, "/api/v1/groups", api.GroupInput{Name: "Members"}, &group)
		var course api.Course
		mustCall(s, http.MethodPost, "/api/v1/courses", api.CourseInput{Title: "Onboarding",
			Modules: []api.ModuleInput{{Title: "Start", Lessons: []api.LessonInput{{Title: "Welcome", Body: "Hello"}}}}}, &course)
		bad := api.WorkflowInput{Name: "Welcome", Enabled: true, Trigger: api.WorkflowTrigger{Event: "contact.joined"},
			Steps: []api.WorkflowStep{{Kind: "add_to_group", GroupID: "no-such-group"}, {Kind: "grant_course", CourseID: course.ID}}}
		if ae := ownerCall(s, s.owner, http.MethodPost, "/api/v1/workflows", bad, nil); ae == nil || ae.Status != 422 || ae.Fields["steps[0].group_id"] == "" {
			t.Fatalf("a missing group answered %v, want 422 naming steps[0].group_id", ae)
		}
		bad.Steps[0].GroupID = group.ID
		w := s.createWorkflow(bad)

		jane := s.invite("jane@client.test", "Jane Doe")
		s.automate()
		if _, h := s.oneClick(s.waitEmails(1, 10*time.Second)[0].Link); h != "Welcome, Jane" {
			t.Fatalf("Jane's invitation landed on %q", h)
		}
		s.automate()
		if r := s.runsOf(w.ID)[jane.ID]; r.State != "done" || stepKinds(r) != "add_to_group:done grant_course:done" {
			t.Fatalf("Jane's run %s, steps %q", r.State, stepKinds(r))
		}
		g, err := s.owner.Group(context.Background(), group.ID)
		if err != nil || len(g.Members) != 1 || g.Members[0].ContactID != jane.ID {
			t.Errorf("group members %+v (%v), want Jane", g.Members, err)
		}
		p, err := s.owner.CourseProgressOf(context.Background(), course.ID)
		if err != nil || len(p.Clients) != 1 || p.Clients[0].ContactID != jane.ID {
			t.Errorf("course clients %+v (%v), want Jane", p.Clients, err)
		}
	})
}
