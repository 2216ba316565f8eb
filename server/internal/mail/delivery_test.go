package mail_test

import (
	"context"
	"net/url"
	"strings"
	"testing"
	"time"

	"clientportal/server/internal/jobs"
	"clientportal/server/internal/mail"
	"clientportal/server/internal/model"
	"clientportal/server/internal/smtptest"
	"clientportal/server/internal/store"
	"clientportal/server/internal/storetest"
	"clientportal/server/internal/workspace"
)

// retryBackoff is long enough to see that a failed job is not due at once,
// short enough to keep the test quick.
const retryBackoff = time.Second

func TestEmailIsRetriedWhileTheSMTPServerIsDownAndArrivesExactlyOnceWhenItComesUp(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		srv := smtptest.StartDown(t)
		q := smtpQueue(t, s, srv)
		e := queueInvitation(t, s)

		if n := runOnce(t, q); n != 1 {
			t.Fatalf("first run did %d job(s), want the delivery job", n)
		}
		got := loadEmail(t, s, e)
		if got.Status != model.EmailQueued || got.Attempts != 1 || !strings.Contains(got.Error, srv.Addr()) {
			t.Fatalf("after a refused connection the email is %q after %d attempt(s) with error %q; want queued, 1, an error naming %s",
				got.Status, got.Attempts, got.Error, srv.Addr())
		}
		if n := runOnce(t, q); n != 0 {
			t.Fatalf("the failed job ran again at once (%d job(s)); it must wait for its backoff", n)
		}

		srv.Up()
		runUntilDone(t, q, 1, 10*retryBackoff)
		msgs := srv.WaitForMessages(1, 5*time.Second)
		for range 3 {
			runOnce(t, q)
		}
		time.Sleep(100 * time.Millisecond)
		if msgs = srv.Messages(); len(msgs) != 1 {
			t.Fatalf("%d messages arrived, want exactly one", len(msgs))
		}
		assertInvitation(t, msgs[0], e)

		got = loadEmail(t, s, e)
		if got.Status != model.EmailSent || got.Attempts != 2 || got.Error != "" || got.SentAt == nil {
			t.Fatalf("delivered email is %q after %d attempt(s), error %q, sent at %v; want sent after 2 with no error",
				got.Status, got.Attempts, got.Error, got.SentAt)
		}
	})
}

func TestAnotherDeliveryJobForAnEmailAlreadySentSendsNothing(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		srv := smtptest.Start(t)
		q := smtpQueue(t, s, srv)
		e := queueInvitation(t, s)
		runUntilDone(t, q, 1, 5*time.Second)
		srv.WaitForMessages(1, 5*time.Second)

		// A second worker whose lease ran out would run the same delivery again.
		again, err := jobs.NewJob(e.WorkspaceID, mail.JobDeliver, map[string]string{"email_id": e.ID})
		if err != nil {
			t.Fatal(err)
		}
		if err := s.InTx(context.Background(), func(tx *store.Tx) error { return jobs.Enqueue(tx, again) }); err != nil {
			t.Fatal(err)
		}
		if n := runOnce(t, q); n != 1 {
			t.Fatalf("the repeated delivery job did not run (%d job(s))", n)
		}
		time.Sleep(100 * time.Millisecond)
		if n := len(srv.Messages()); n != 1 {
			t.Fatalf("%d messages arrived after a repeated delivery, want 1", n)
		}
	})
}

func TestSMTPServerReceivesPlainTextAndHTMLWithTheEmailsMessageID(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		srv := smtptest.Start(t)
		e := queueInvitation(t, s)
		sender, err := mail.NewSMTPSender(srv.URL())
		if err != nil {
			t.Fatal(err)
		}
		if err := sender.Send(context.Background(), e); err != nil {
			t.Fatalf("send to a running SMTP server: %v", err)
		}
		assertInvitation(t, srv.WaitForMessages(1, 5*time.Second)[0], e)
	})
}

// smtpQueue is a job queue whose emails go to srv, with quick retries.
func smtpQueue(t *testing.T, s *store.Store, srv *smtptest.Server) *jobs.Queue {
	t.Helper()
	sender, err := mail.NewSMTPSender(srv.URL())
	if err != nil {
		t.Fatal(err)
	}
	q := jobs.New(s, s.Clock())
	q.Backoff, q.Poll = retryBackoff, 20*time.Millisecond
	mail.NewService(s, sender, nil).Register(q)
	return q
}

// queueInvitation creates a workspace and queues one email of it.
func queueInvitation(t *testing.T, s *store.Store) model.Email {
	t.Helper()
	ctx := context.Background()
	ws, err := workspace.New(s, &url.URL{Scheme: "http", Host: "localhost:8080"}, s.Clock()).Setup(ctx, "Acme Coaching", "owner@acme.test")
	if err != nil {
		t.Fatal(err)
	}
	var es []model.Email
	err = s.InTx(ctx, func(tx *store.Tx) (err error) {
		es, err = mail.Queue(tx, mail.Draft{WorkspaceID: ws.Workspace.ID, Kind: "invitation",
			From: "no-reply@mail.acme.localhost", To: "client@example.com", Subject: "You are invited to Acme Coaching",
			Text: "Hello, open your portal: http://acme.localhost:8080/", HTML: `<p>Hello, <a href="http://acme.localhost:8080/">open your portal</a></p>`})
		return err
	})
	if err != nil || len(es) != 1 {
		t.Fatalf("queue email: %v (%d queued)", err, len(es))
	}
	return es[0]
}

func assertInvitation(t *testing.T, m smtptest.Message, e model.Email) {
	t.Helper()
	if m.From != e.FromAddr || len(m.To) != 1 || m.To[0] != e.ToAddr {
		t.Errorf("envelope from %q to %v, want %q to %q", m.From, m.To, e.FromAddr, e.ToAddr)
	}
	p, err := m.Parse()
	if err != nil {
		t.Fatalf("arrived message does not parse: %v\n%s", err, m.Raw)
	}
	if got := p.Header.Get("Message-ID"); got != "<"+e.MessageID+">" {
		t.Errorf("Message-ID %q, want <%s>", got, e.MessageID)
	}
	if got := p.Header.Get("Subject"); got != e.Subject {
		t.Errorf("Subject %q, want %q", got, e.Subject)
	}
	if !strings.Contains(p.Text, "Hello, open your portal: http://acme.localhost:8080/") {
		t.Errorf("plain-text part %q lacks the text", p.Text)
	}
	if !strings.Contains(p.HTML, `<a href="http://acme.localhost:8080/">open your portal</a>`) {
		t.Errorf("HTML part %q lacks the link", p.HTML)
	}
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

func runOnce(t *testing.T, q *jobs.Queue) int {
	t.Helper()
	n, err := q.RunOnce(context.Background())
	if err != nil {
		t.Fatalf("run queue: %v", err)
	}
	return n
}

// runUntilDone runs the queue until want jobs have run or the time is up.
func runUntilDone(t *testing.T, q *jobs.Queue, want int, within time.Duration) {
	t.Helper()
	done := 0
	for deadline := time.Now().Add(within); done < want; time.Sleep(20 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("%d job(s) ran within %s, want %d", done, within, want)
		}
		done += runOnce(t, q)
	}
}

func TestTheSMTPPasswordIsNeverSentOverAConnectionWithoutTLS(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		srv := smtptest.Start(t) // no TLS; offers only AUTH PLAIN
		srv.RequireAuth("portal", "s3cret")
		e := queueInvitation(t, s)
		for name, user := range map[string]*url.Userinfo{"with credentials": url.UserPassword("portal", "s3cret"), "without": nil} {
			u := srv.URL()
			u.User = user
			sender, err := mail.NewSMTPSender(u)
			if err != nil {
				t.Fatal(err)
			}
			if err := sender.Send(context.Background(), e); err == nil || !strings.Contains(err.Error(), srv.Addr()) {
				t.Errorf("%s: send = %v; want a refusal naming the server", name, err)
			}
		}
		if n := srv.Logins(); n != 0 {
			t.Fatalf("the password was sent in clear text %d time(s)", n)
		}
		if n := len(srv.Messages()); n != 0 {
			t.Fatalf("%d message(s) arrived without a login", n)
		}
	})
}
