package e2e

import (
	"context"
	"testing"
	"time"

	"clientportal/server/internal/systemtest"
	"clientportal/shared/api"
)

func TestAScheduledWorkflowEnrolsTheMatchingContactsOncePerSlot(t *testing.T) {
	eachDialect(t, func(t *testing.T, dialect string) {
		s := open(t, dialect)
		w := s.createWorkflow(api.WorkflowInput{Name: "Monday reminder", Enabled: true,
			Trigger: api.WorkflowTrigger{Schedule: "0 9 * * 1", Filter: &api.WorkflowCondition{ContactStatus: "not_invited"}},
			Steps:   []api.WorkflowStep{{Kind: "email", Subject: "Your week with {{workspace.name}}", Body: "Hi {{contact.first_name}}, your portal: {{portal.url}}"}}})
		ada := s.contact("ada@client.test", "Ada Lovelace")
		s.invite("jane@client.test", "Jane Doe") // invited: the filter leaves her out
		s.automate()
		s.waitEmails(1, 10*time.Second)

		now := systemtest.Clock(t, s.sys).Now().UTC()
		monday := time.Date(now.Year(), now.Month(), now.Day(), 9, 0, 0, 0, time.UTC)
		for monday.Weekday() != time.Monday || !monday.After(now) {
			monday = monday.AddDate(0, 0, 1)
		}
		s.later(monday.Sub(now) + time.Minute)
		s.automate()
		s.automate()
		if got := s.emailsTo("ada@client.test"); len(got) != 1 || got[0].Subject != "Your week with Acme" {
			t.Fatalf("Ada's emails after the first Monday: %+v; want one reminder", got)
		}
		if got := s.emailsTo("jane@client.test"); len(got) != 1 {
			t.Errorf("Jane (invited) got %d emails, want only her invitation", len(got))
		}
		s.later(7 * 24 * time.Hour)
		s.automate()
		list, err := s.owner.WorkflowRuns(context.Background(), w.ID)
		if err != nil || len(list.Runs) != 2 || list.Runs[0].ContactID != ada.ID || list.Runs[1].ContactID != ada.ID {
			t.Fatalf("runs %+v (%v); want one for Ada each Monday", list.Runs, err)
		}
	})
}
