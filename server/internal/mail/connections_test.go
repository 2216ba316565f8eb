package mail_test

import (
	"context"
	"testing"
	"time"

	"clientportal/server/internal/mail"
	"clientportal/server/internal/model"
	"clientportal/server/internal/smtptest"
	"clientportal/server/internal/store"
	"clientportal/server/internal/storetest"
)

func TestMessagesOneAfterAnotherShareOneSMTPConnection(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		srv := smtptest.Start(t)
		sender := newSender(t, srv)
		e := queueInvitation(t, s)
		for i := range 5 {
			if err := sender.Send(context.Background(), e); err != nil {
				t.Fatalf("message %d: %v", i+1, err)
			}
		}
		srv.WaitForMessages(5, 5*time.Second)
		if n := srv.Connections(); n != 1 {
			t.Fatalf("5 messages took %d SMTP connections, want 1 kept open", n)
		}
	})
}

func TestAMessageAfterTheServerDroppedTheKeptConnectionGoesOverANewOneExactlyOnce(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		srv := smtptest.Start(t)
		sender := newSender(t, srv)
		e := queueInvitation(t, s)
		if err := sender.Send(context.Background(), e); err != nil {
			t.Fatal(err)
		}
		srv.Down() // closes the kept connection
		srv.Up()
		if err := sender.Send(context.Background(), e); err != nil {
			t.Fatalf("send after the server restarted: %v", err)
		}
		time.Sleep(100 * time.Millisecond)
		if msgs := srv.Messages(); len(msgs) != 2 {
			t.Fatalf("%d messages arrived, want 2 (one each, none twice)", len(msgs))
		}
	})
}

func TestAnIdleConnectionIsClosedRatherThanReused(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		srv := smtptest.Start(t)
		sender := newSender(t, srv)
		sender.IdleTimeout = time.Nanosecond
		e := queueInvitation(t, s)
		for range 2 {
			if err := sender.Send(context.Background(), e); err != nil {
				t.Fatal(err)
			}
		}
		if n := srv.Connections(); n != 2 {
			t.Fatalf("two messages an idle timeout apart took %d connection(s), want 2", n)
		}
	})
}

func TestAnEmailIsMarkedSentInTheTransactionThatCompletesItsJob(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		srv := smtptest.Start(t)
		q := smtpQueue(t, s, srv) // its delivery handler is replaced by one whose record fails once
		failing := true
		mail.NewService(s, newSender(t, srv), func(context.Context, *store.Tx, model.Email) error {
			if failing {
				failing = false
				return context.DeadlineExceeded
			}
			return nil
		}).Register(q)
		e := queueInvitation(t, s)
		runOnce(t, q)
		if got := loadEmail(t, s, e); got.Status != model.EmailQueued {
			t.Fatalf("email is %q although recording its delivery failed", got.Status)
		}
		storetest.ClockOf(t, s).Advance(3 * time.Minute) // the job's lease runs out; it is tried again
		runOnce(t, q)
		if got := loadEmail(t, s, e); got.Status != model.EmailSent {
			t.Fatalf("email is %q after the second try, want sent", got.Status)
		}
		msgs := srv.WaitForMessages(2, 5*time.Second)
		if messageID(t, msgs[0]) != messageID(t, msgs[1]) {
			t.Fatalf("the repeated delivery has another Message-ID, so the recipient cannot tell it is the same message")
		}
	})
}

func newSender(t *testing.T, srv *smtptest.Server) *mail.SMTPSender {
	t.Helper()
	sender, err := mail.NewSMTPSender(srv.URL())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { sender.Close() })
	return sender
}

func messageID(t *testing.T, m smtptest.Message) string {
	t.Helper()
	p, err := m.Parse()
	if err != nil {
		t.Fatal(err)
	}
	return p.Header.Get("Message-ID")
}
