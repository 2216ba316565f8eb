package system_test

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"clientportal/server/internal/jobs"
	"clientportal/server/internal/mail"
	"clientportal/server/internal/model"
	"clientportal/server/internal/smtptest"
	"clientportal/server/internal/store"
	"clientportal/server/internal/storetest"
	"clientportal/server/internal/system"
	"clientportal/server/internal/systemtest"
	"clientportal/shared/api"
)

func TestEmailThatNeverGetsThroughEndsFailedWithTheLastErrorAndTellsTheOwner(t *testing.T) {
	for _, dialect := range storetest.Dialects {
		t.Run(dialect, func(t *testing.T) {
			ctx := context.Background()
			srv := smtptest.StartDown(t)
			sys := openSystem(t, dialect, map[string]string{"PORTAL_SMTP_URL": srv.URL().String()})
			sys.Queue.Backoff, sys.Queue.MaxBackoff = time.Millisecond, time.Millisecond
			e := queueEmail(t, sys)

			// The server is down for all tries but the last, which it refuses.
			for attempt := 1; attempt < jobs.MaxAttempts; attempt++ {
				runJobs(t, sys, 1)
			}
			srv.Up()
			srv.RejectRecipients("no mailbox client@example.com here")
			runJobs(t, sys, 1)

			got := loadEmail(t, sys.Store, e)
			if got.Status != model.EmailFailed || got.Attempts != jobs.MaxAttempts || !strings.Contains(got.Error, "no mailbox client@example.com here") {
				t.Fatalf("email is %q after %d attempt(s) with error %q; want failed after %d with the server's last answer",
					got.Status, got.Attempts, got.Error, jobs.MaxAttempts)
			}
			systemtest.Clock(t, sys).Advance(24 * time.Hour)
			if n, err := sys.Queue.RunOnce(ctx); err != nil || n != 0 {
				t.Fatalf("a dead delivery job ran again (%d job(s), %v)", n, err)
			}
			if n := len(srv.Messages()); n != 0 {
				t.Fatalf("%d message(s) arrived through a refusing server", n)
			}
			assertFailedEvent(t, sys, got)
		})
	}
}

// assertFailedEvent checks that the owner's event log says the email
// failed, with the same error the email row shows.
func assertFailedEvent(t *testing.T, sys *system.System, e model.Email) {
	t.Helper()
	var evs []model.Event
	err := sys.Store.View(context.Background(), func(tx *store.Tx) (err error) {
		evs, err = tx.Events().ForWorkspace(e.WorkspaceID, 0, 50)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	var failed []map[string]any
	for _, ev := range evs {
		if ev.Type == api.EventEmailFailed {
			var data map[string]any
			if err := json.Unmarshal(ev.Data, &data); err != nil {
				t.Fatalf("event data %s: %v", ev.Data, err)
			}
			failed = append(failed, data)
		}
	}
	if len(failed) != 1 {
		t.Fatalf("%d %s event(s), want 1 (all events: %d)", len(failed), api.EventEmailFailed, len(evs))
	}
	if failed[0]["email_id"] != e.ID || failed[0]["to"] != e.ToAddr {
		t.Errorf("event names email %v to %v, want %s to %s", failed[0]["email_id"], failed[0]["to"], e.ID, e.ToAddr)
	}
	if failed[0]["error"] != e.Error {
		t.Errorf("event says the error was %q; the email row says %q", failed[0]["error"], e.Error)
	}
}

// openSystem opens the whole server on a fresh, migrated database of the
// dialect, with extra environment variables; it closes after the test.
func openSystem(t *testing.T, dialect string, extra map[string]string) *system.System {
	t.Helper()
	return systemtest.Open(t, dialect, extra)
}

func queueEmail(t *testing.T, sys *system.System) model.Email {
	t.Helper()
	ctx := context.Background()
	ws, err := sys.Workspaces.Setup(ctx, "Acme Coaching", "owner@acme.test")
	if err != nil {
		t.Fatal(err)
	}
	var es []model.Email
	err = sys.Store.InTx(ctx, func(tx *store.Tx) (err error) {
		es, err = mail.Queue(tx, mail.Draft{WorkspaceID: ws.Workspace.ID, Kind: "invitation", From: "no-reply@mail.acme.localhost",
			To: "client@example.com", Subject: "You are invited", Text: "Hello", HTML: "<p>Hello</p>"})
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return es[0]
}

func loadEmail(t *testing.T, s *store.Store, e model.Email) model.Email {
	t.Helper()
	var got model.Email
	err := s.View(context.Background(), func(tx *store.Tx) (err error) {
		got, err = tx.Emails().ByID(e.WorkspaceID, e.ID)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return got
}

// runJobs runs the queue until want jobs have run, waiting out backoffs.
func runJobs(t *testing.T, sys *system.System, want int) {
	t.Helper()
	done := 0
	for deadline := time.Now().Add(5 * time.Second); done < want; time.Sleep(5 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("%d job(s) ran within 5s, want %d", done, want)
		}
		n, err := sys.Queue.RunOnce(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		done += n
	}
}
