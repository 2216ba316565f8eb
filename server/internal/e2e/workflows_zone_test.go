package e2e

import (
	"net/http"
	"testing"
	"time"

	"clientportal/server/internal/systemtest"
	"clientportal/shared/api"
)

func TestAScheduleRunsAtItsTimeInTheWorkspacesTimeZoneNotInUTC(t *testing.T) {
	eachDialect(t, func(t *testing.T, dialect string) {
		s := open(t, dialect)
		w := s.createWorkflow(api.WorkflowInput{Name: "Monday note", Enabled: true,
			Trigger: api.WorkflowTrigger{Schedule: "0 9 * * 1", Filter: &api.WorkflowCondition{ContactStatus: "not_invited"}},
			Steps:   []api.WorkflowStep{{Kind: "email", Subject: "Good morning from {{workspace.name}}", Body: "Your portal: {{portal.url}}"}}})
		if ae := ownerCall(s, s.owner, http.MethodPatch, "/api/v1/portal/settings", map[string]any{"time_zone": "Mars/Olympus"}, nil); ae == nil ||
			ae.Status != 422 || ae.Fields["time_zone"] == "" {
			t.Fatalf("an unknown zone answered %v, want 422 naming time_zone", ae)
		}
		// Auckland is 12 or 13 hours ahead of UTC: its Monday 09:00 is Sunday evening in UTC.
		var p api.Portal
		mustCall(s, http.MethodPatch, "/api/v1/portal/settings", map[string]any{"time_zone": "Pacific/Auckland"}, &p)
		if p.Settings.TimeZone != "Pacific/Auckland" {
			t.Fatalf("settings after the change: %+v", p.Settings)
		}
		s.contact("ada@client.test", "Ada Lovelace")
		s.automate()

		auckland, err := time.LoadLocation("Pacific/Auckland")
		if err != nil {
			t.Fatal(err)
		}
		now := systemtest.Clock(t, s.sys).Now().In(auckland)
		slot := time.Date(now.Year(), now.Month(), now.Day(), 9, 0, 0, 0, auckland)
		for slot.Weekday() != time.Monday || !slot.After(now.Add(time.Hour)) {
			slot = slot.AddDate(0, 0, 1)
		}
		if slot.UTC().Weekday() == time.Monday {
			t.Fatalf("the slot %s is Monday in UTC too; the test needs a zone where it is not", slot)
		}
		s.later(slot.Sub(now) - time.Minute)
		s.automate()
		if got := s.emailsTo("ada@client.test"); len(got) != 0 {
			t.Fatalf("Ada got %d emails before 09:00 Monday in Auckland, want none", len(got))
		}
		s.later(2 * time.Minute)
		s.automate()
		if got := s.emailsTo("ada@client.test"); len(got) != 1 || got[0].Subject != "Good morning from Acme" {
			t.Fatalf("Ada's emails just after 09:00 Monday in Auckland: %+v; want the one note", got)
		}
		s.later(14 * time.Hour) // past 09:00 Monday in UTC: nothing more
		s.automate()
		if got := s.emailsTo("ada@client.test"); len(got) != 1 {
			t.Errorf("Ada got %d emails by Monday in UTC, want still one", len(got))
		}
		if runs := s.runsOf(w.ID); len(runs) != 1 {
			t.Errorf("runs %+v, want one", runs)
		}
	})
}
