// Package mail delivers the product's emails through the job queue: over
// SMTP when PORTAL_SMTP_URL is set, else into the development mailbox.
package mail

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	gomail "github.com/wneessen/go-mail"
	"github.com/wneessen/go-mail/smtp"

	"clientportal/server/internal/jobs"
	"clientportal/server/internal/model"
)

// Sender hands one message to the outside world.
type Sender interface {
	Send(ctx context.Context, e model.Email) error
}

// SMTPSender sends over SMTP, with STARTTLS where the server offers it. It
// keeps up to MaxIdle connections open between messages, so a busy queue
// does not pay a connect, EHLO, STARTTLS and AUTH per message; a connection
// idle longer than IdleTimeout is closed rather than reused.
type SMTPSender struct {
	host        string
	port        int
	client      *gomail.Client // settings only: each connection is its own *smtp.Client
	MaxIdle     int
	IdleTimeout time.Duration

	mu    sync.Mutex
	idle  []idleConn
	dials atomic.Int64 // connections opened
}

type idleConn struct {
	c     *smtp.Client
	since time.Time
}

// NewSMTPSender reads smtp://user:pass@host:port.
func NewSMTPSender(u *url.URL) (*SMTPSender, error) {
	port, err := strconv.Atoi(u.Port())
	if err != nil {
		return nil, fmt.Errorf("PORTAL_SMTP_URL port: %w", err)
	}
	opts := []gomail.Option{gomail.WithPort(port), gomail.WithTLSPolicy(gomail.TLSOpportunistic), gomail.WithTimeout(20 * time.Second)}
	if u.User != nil {
		password, _ := u.User.Password()
		opts = append(opts, gomail.WithSMTPAuth(gomail.SMTPAuthAutoDiscover), gomail.WithUsername(u.User.Username()), gomail.WithPassword(password))
	}
	c, err := gomail.NewClient(u.Hostname(), opts...)
	if err != nil {
		return nil, fmt.Errorf("smtp client for %s: %w", u.Hostname(), err)
	}
	return &SMTPSender{host: u.Hostname(), port: port, client: c, MaxIdle: 4, IdleTimeout: 30 * time.Second}, nil
}

// Send delivers e over a kept connection when one is open, else a new one;
// its Message-ID is fixed, so a retry is recognisable. A kept connection the
// server has since closed fails its NOOP check before anything is sent, and
// the message goes over a fresh connection instead.
func (s *SMTPSender) Send(ctx context.Context, e model.Email) error {
	m, err := buildMessage(e)
	if err != nil {
		return err
	}
	c, reused := s.take()
	if c == nil {
		if c, err = s.dial(ctx); err != nil {
			return s.sendError(e, err)
		}
	}
	err = s.client.SendWithSMTPClient(c, m)
	if reused && connCheckFailed(err) {
		s.discard(c)
		if c, err = s.dial(ctx); err != nil {
			return s.sendError(e, err)
		}
		err = s.client.SendWithSMTPClient(c, m)
	}
	if err == nil || answered(err) {
		s.put(c)
	} else {
		s.discard(c)
	}
	if err != nil {
		return s.sendError(e, err)
	}
	return nil
}

func (s *SMTPSender) sendError(e model.Email, err error) error {
	err = fmt.Errorf("send to %s via %s:%d: %w", e.ToAddr, s.host, s.port, err)
	var se *gomail.SendError
	if errors.As(err, &se) && se.Reason == gomail.ErrSMTPRcptTo && !se.IsTemp() {
		return jobs.Permanent(err) // the server refused the address for good
	}
	return err
}

func (s *SMTPSender) dial(ctx context.Context) (*smtp.Client, error) {
	s.dials.Add(1)
	c, err := s.client.DialToSMTPClientWithContext(ctx)
	if err != nil {
		return nil, fmt.Errorf("connect: %w", err)
	}
	return c, nil
}

// take returns the most recently used open connection, closing the ones
// idle for too long.
func (s *SMTPSender) take() (*smtp.Client, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for len(s.idle) > 0 {
		ic := s.idle[len(s.idle)-1]
		s.idle = s.idle[:len(s.idle)-1]
		if time.Since(ic.since) < s.IdleTimeout {
			return ic.c, true
		}
		go s.discard(ic.c)
	}
	return nil, false
}

func (s *SMTPSender) put(c *smtp.Client) {
	s.mu.Lock()
	if len(s.idle) < s.MaxIdle {
		s.idle = append(s.idle, idleConn{c: c, since: time.Now()})
		c = nil
	}
	s.mu.Unlock()
	if c != nil {
		s.discard(c)
	}
}

func (s *SMTPSender) discard(c *smtp.Client) {
	if err := s.client.CloseWithSMTPClient(c); err != nil {
		slog.Debug("close smtp connection", "server", s.host, "err", err)
	}
}

// Dials is how many connections the sender has opened.
func (s *SMTPSender) Dials() int64 { return s.dials.Load() }

// Close ends the kept connections (QUIT).
func (s *SMTPSender) Close() error {
	s.mu.Lock()
	idle := s.idle
	s.idle = nil
	s.mu.Unlock()
	for _, ic := range idle {
		s.discard(ic.c)
	}
	return nil
}

// connCheckFailed reports a send refused before MAIL FROM because the
// connection no longer answers: nothing was sent over it.
func connCheckFailed(err error) bool {
	var se *gomail.SendError
	return errors.As(err, &se) && se.Reason == gomail.ErrConnCheck
}

// answered reports a refusal the server gave in reply to a command (and
// after which the connection was reset), so the connection is still good.
func answered(err error) bool {
	var se *gomail.SendError
	return errors.As(err, &se) && (se.Reason == gomail.ErrSMTPMailFrom || se.Reason == gomail.ErrSMTPRcptTo)
}

func buildMessage(e model.Email) (*gomail.Msg, error) {
	m := gomail.NewMsg()
	if err := m.From(e.FromAddr); err != nil {
		return nil, fmt.Errorf("from %q: %w", e.FromAddr, err)
	}
	if err := m.To(e.ToAddr); err != nil {
		return nil, fmt.Errorf("to %q: %w", e.ToAddr, err)
	}
	m.Subject(e.Subject)
	m.SetMessageIDWithValue(e.MessageID)
	m.SetDate()
	m.SetBodyString(gomail.TypeTextPlain, e.TextBody)
	if e.HTMLBody != "" {
		m.AddAlternativeString(gomail.TypeTextHTML, e.HTMLBody)
	}
	if e.AttachmentName != "" {
		if err := m.AttachReader(e.AttachmentName, bytes.NewReader(e.Attachment)); err != nil {
			return nil, fmt.Errorf("attach %s: %w", e.AttachmentName, err)
		}
	}
	return m, nil
}

// Mailbox keeps messages in the database for the development mailbox page;
// nothing leaves the machine.
type Mailbox struct{}

// Send accepts e: the stored row is the delivered message.
func (Mailbox) Send(context.Context, model.Email) error { return nil }

// KeepsMessage says the stored row is the delivery, so it keeps its body.
func (Mailbox) KeepsMessage() bool { return true }

// keepsMessage reports whether a sender needs the stored message after it
// sent it. Every real sender does not: a stored body holds working login
// links and codes, so it is dropped once the message is out.
func keepsMessage(s Sender) bool {
	k, ok := s.(interface{ KeepsMessage() bool })
	return ok && k.KeepsMessage()
}

// FailedRetention is how long the text of a message that could not be
// delivered is kept (for `portal jobs retry`) before it is dropped.
const FailedRetention = 7 * 24 * time.Hour
