package mail_test

import (
	"context"
	"fmt"
	"net/url"
	"testing"
	"time"

	gomail "github.com/wneessen/go-mail"

	"clientportal/server/internal/jobs"
	"clientportal/server/internal/mail"
	"clientportal/server/internal/smtptest"
	"clientportal/server/internal/store"
	"clientportal/server/internal/storetest"
	"clientportal/server/internal/workspace"
)

// batch is how many messages each iteration delivers both ways.
const batch = 200

// BenchmarkSMTPDelivery delivers the same batch of messages to the same
// local SMTP server twice per iteration: through the product's queue
// (stored, claimed, sent, marked sent) and through one go-mail connection
// sending them in a row, the floor of what SMTP allows. "ratio" is the
// product's rate divided by the floor's.
func BenchmarkSMTPDelivery(b *testing.B) {
	for _, dialect := range storetest.Dialects {
		b.Run(dialect, func(b *testing.B) {
			s := storetest.Open(b, dialect)
			srv := smtptest.Start(b)
			sender, err := mail.NewSMTPSender(srv.URL())
			if err != nil {
				b.Fatal(err)
			}
			defer sender.Close()
			q := jobs.New(s, s.Clock())
			q.Poll = 5 * time.Millisecond
			mail.NewService(s, sender, nil).Register(q)
			ws := benchWorkspace(b, s)

			ctx, cancel := context.WithCancel(context.Background())
			stopped := make(chan struct{})
			go func() { q.Run(ctx); close(stopped) }()
			defer func() { cancel(); <-stopped }()

			var queueTime, floorTime time.Duration
			b.ResetTimer()
			for b.Loop() {
				floorTime += sendInOneConnection(b, srv)

				b.StopTimer()
				before := len(srv.Messages())
				b.StartTimer()
				start := time.Now()
				queueBatch(b, s, ws)
				q.Notify()
				srv.WaitForMessages(before+batch, time.Minute)
				queueTime += time.Since(start)
			}
			n := float64(b.N * batch)
			b.ReportMetric(n/queueTime.Seconds(), "queue-msgs/s")
			b.ReportMetric(n/floorTime.Seconds(), "one-conn-msgs/s")
			b.ReportMetric(floorTime.Seconds()/queueTime.Seconds(), "ratio")
		})
	}
}

func benchWorkspace(b *testing.B, s *store.Store) string {
	b.Helper()
	ws, err := workspace.New(s, &url.URL{Scheme: "http", Host: "localhost:8080"}, s.Clock()).Setup(context.Background(), "Acme Coaching", "owner@acme.test")
	if err != nil {
		b.Fatal(err)
	}
	return ws.Workspace.ID
}

func queueBatch(b *testing.B, s *store.Store, workspaceID string) {
	b.Helper()
	drafts := make([]mail.Draft, batch)
	for i := range drafts {
		drafts[i] = benchDraft(workspaceID, i)
	}
	if err := s.InTx(context.Background(), func(tx *store.Tx) error { _, err := mail.Queue(tx, drafts...); return err }); err != nil {
		b.Fatal(err)
	}
}

func benchDraft(workspaceID string, i int) mail.Draft {
	return mail.Draft{WorkspaceID: workspaceID, Kind: "login", From: "no-reply@mail.acme.localhost",
		To: fmt.Sprintf("client%d@example.com", i), Subject: "Your login link for Acme Coaching",
		Text: "Open your portal: http://acme.localhost:8080/login/magic/token", HTML: `<p><a href="http://acme.localhost:8080/login/magic/token">Open your portal</a></p>`}
}

// sendInOneConnection sends a batch over one go-mail connection and
// returns how long it took.
func sendInOneConnection(b *testing.B, srv *smtptest.Server) time.Duration {
	b.Helper()
	b.StopTimer()
	before := len(srv.Messages())
	msgs := make([]*gomail.Msg, batch)
	for i := range msgs {
		d := benchDraft("", i)
		m := gomail.NewMsg()
		if err := m.From(d.From); err != nil {
			b.Fatal(err)
		}
		if err := m.To(d.To); err != nil {
			b.Fatal(err)
		}
		m.Subject(d.Subject)
		m.SetMessageID()
		m.SetDate()
		m.SetBodyString(gomail.TypeTextPlain, d.Text)
		m.AddAlternativeString(gomail.TypeTextHTML, d.HTML)
		msgs[i] = m
	}
	c, err := gomail.NewClient(srv.URL().Hostname(), gomail.WithPort(mustPort(b, srv)), gomail.WithTLSPolicy(gomail.NoTLS))
	if err != nil {
		b.Fatal(err)
	}
	b.StartTimer()
	start := time.Now()
	if err := c.DialAndSend(msgs...); err != nil {
		b.Fatal(err)
	}
	srv.WaitForMessages(before+batch, time.Minute)
	return time.Since(start)
}

func mustPort(b *testing.B, srv *smtptest.Server) int {
	var port int
	if _, err := fmt.Sscanf(srv.URL().Port(), "%d", &port); err != nil {
		b.Fatal(err)
	}
	return port
}
