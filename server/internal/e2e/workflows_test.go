package e2e

import (
	"context"
	"net/http"
	"strings"
	"testing"
	"time"

	"clientportal/shared/api"
)

func TestAnInvitedClientWhoHasNotJoinedAfterTheWaitGetsOneMagicLinkThatLogsThemIn(t *testing.T) {
	eachDialect(t, func(t *testing.T, dialect string) {
		s := open(t, dialect)
		w := s.createWorkflow(nudge("2s"))
		jane := s.invite("jane@client.test", "Jane Doe")
		bob := s.invite("bob@client.test", "Bob Stone")
		s.automate()
		invitations := s.waitEmails(2, 10*time.Second)
		runs := s.runsOf(w.ID)
		if runs[jane.ID].State != "waiting" || runs[bob.ID].State != "waiting" {
			t.Fatalf("runs after the invitations: %+v; want Jane and Bob waiting", runs)
		}

		// Bob joins during the wait, through his invitation.
		for _, m := range invitations {
			if m.To == "bob@client.test" {
				if _, h := s.oneClick(m.Link); h != "Welcome, Bob" {
					t.Fatalf("Bob's invitation landed on %q", h)
				}
			}
		}
		s.automate()
		if n := len(s.smtp.Messages()); n != 2 {
			t.Fatalf("%d emails before the wait is over, want the 2 invitations", n)
		}

		s.later(3 * time.Second)
		s.automate()
		nudges := s.emailsTo("jane@client.test")
		if len(nudges) != 2 || nudges[1].Subject != "Your portal is ready, Jane" {
			t.Fatalf("Jane's emails %+v; want the invitation, then the nudge", nudges)
		}
		if got := s.emailsTo("bob@client.test"); len(got) != 1 {
			t.Errorf("Bob, who joined, got %d emails; want only his invitation", len(got))
		}
		link := nudges[1].Link
		if !strings.HasPrefix(link, s.acmeURL("/login/magic/")) || !strings.Contains(nudges[1].Text, "Log in: "+link) {
			t.Fatalf("the nudge's link %q is not a fresh magic link in its text:\n%s", link, nudges[1].Text)
		}
		if landed, h := s.oneClick(link); h != "Welcome, Jane" || !strings.HasSuffix(landed, "/dashboard") {
			t.Errorf("Jane's magic link landed on %s (%q), want her dashboard", landed, h)
		}

		runs = s.runsOf(w.ID)
		if r := runs[jane.ID]; r.State != "done" || stepKinds(r) != "wait:done if:then email:done" || r.TriggerEventID == 0 {
			t.Errorf("Jane's run %s with steps %q (event %d); want done: wait, if then, email", r.State, stepKinds(r), r.TriggerEventID)
		}
		if r := runs[bob.ID]; r.State != "done" || stepKinds(r) != "wait:done if:else" {
			t.Errorf("Bob's run %s with steps %q; want done: wait, if else", r.State, stepKinds(r))
		}
	})
}

func TestTheSameEventReadTwiceOrByTwoInstancesGivesOneRun(t *testing.T) {
	eachDialect(t, func(t *testing.T, dialect string) {
		s := open(t, dialect)
		w := s.createWorkflow(nudge("1s"))
		jane := s.invite("jane@client.test", "Jane Doe")
		s.automate()
		// The log is read again from the start, as after a lost cursor, and
		// by a second reader at once.
		if err := s.rawDB().Exec("UPDATE workflow_cursor SET last_event_id = 0").Error; err != nil {
			t.Fatal(err)
		}
		done := make(chan error, 2)
		for range 2 {
			go func() { _, err := s.sys.Workflows.Dispatch(context.Background()); done <- err }()
		}
		for range 2 {
			if err := <-done; err != nil {
				t.Fatalf("dispatch: %v", err)
			}
		}
		s.later(2 * time.Second)
		s.automate()
		if runs := s.runsOf(w.ID); len(runs) != 1 || runs[jane.ID].State != "done" {
			t.Fatalf("runs %+v; want one finished run for Jane", runs)
		}
		if got := s.emailsTo("jane@client.test"); len(got) != 2 {
			t.Errorf("Jane got %d emails, want the invitation and one nudge", len(got))
		}
	})
}

func TestAServerKilledDuringTheWaitSendsTheEmailOnceAfterItRestarts(t *testing.T) {
	eachDialect(t, func(t *testing.T, dialect string) {
		s := open(t, dialect)
		w := s.createWorkflow(nudge("2s"))
		jane := s.invite("jane@client.test", "Jane Doe")
		s.automate()
		s.waitEmails(1, 10*time.Second)

		s.restart()
		s.later(3 * time.Second)
		s.automate()
		s.restart()
		s.automate()
		if got := s.emailsTo("jane@client.test"); len(got) != 2 {
			t.Fatalf("Jane got %d emails across the restarts, want the invitation and one nudge", len(got))
		}
		if r := s.runsOf(w.ID)[jane.ID]; r.State != "done" || stepKinds(r) != "wait:done if:then email:done" {
			t.Errorf("Jane's run %s, steps %q; want each step once", r.State, stepKinds(r))
		}
	})
}

func TestAPausedWorkflowKeepsItsRunsWaitingAndARevokedContactsRunIsCancelled(t *testing.T) {
	eachDialect(t, func(t *testing.T, dialect string) {
		s := open(t, dialect)
		w := s.createWorkflow(nudge("2s"))
		jane := s.invite("jane@client.test", "Jane Doe")
		bob := s.invite("bob@client.test", "Bob Stone")
		s.automate()
		off, on := false, true
		mustCall(s, http.MethodPatch, "/api/v1/workflows/"+w.ID, map[string]any{"enabled": off}, nil)
		mustCall(s, http.MethodPost, "/api/v1/contacts/"+bob.ID+"/revoke-access", nil, nil)
		s.later(3 * time.Second)
		s.automate()
		runs := s.runsOf(w.ID)
		if runs[jane.ID].State != "waiting" || runs[bob.ID].State != "cancelled" {
			t.Fatalf("while paused: Jane %s, Bob %s; want Jane waiting and Bob (revoked) cancelled", runs[jane.ID].State, runs[bob.ID].State)
		}
		if got := s.emailsTo("jane@client.test"); len(got) != 1 {
			t.Fatalf("Jane got %d emails while the workflow was paused, want only the invitation", len(got))
		}
		mustCall(s, http.MethodPatch, "/api/v1/workflows/"+w.ID, map[string]any{"enabled": on}, nil)
		s.automate()
		if got := s.emailsTo("jane@client.test"); len(got) != 2 {
			t.Errorf("Jane got %d emails after the resume, want the invitation and the nudge", len(got))
		}
		if got := s.emailsTo("bob@client.test"); len(got) != 1 {
			t.Errorf("Bob, revoked, got %d emails; want only the invitation", len(got))
		}
	})
}

func TestAnotherWorkspacesEventsNeverStartAWorkflow(t *testing.T) {
	eachDialect(t, func(t *testing.T, dialect string) {
		s := open(t, dialect)
		w := s.createWorkflow(nudge("1s"))
		globex := s.apiClient(s.setup("Globex", "owner@globex.test").Token)
		if _, err := globex.Invite(context.Background(), api.InviteRequest{Email: "gary@globex-client.test", Name: "Gary"}, ""); err != nil {
			t.Fatal(err)
		}
		s.automate()
		s.later(2 * time.Second)
		s.automate()
		if runs := s.runsOf(w.ID); len(runs) != 0 {
			t.Fatalf("Acme's workflow has runs %+v for Globex's invitation", runs)
		}
		if got := s.emailsTo("gary@globex-client.test"); len(got) != 1 {
			t.Errorf("Globex's client got %d emails, want only Globex's invitation", len(got))
		}
	})
}
