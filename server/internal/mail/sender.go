// Package mail delivers the product's emails through the job queue: over
// SMTP when PORTAL_SMTP_URL is set, else into the development mailbox.
package mail

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"time"

	gomail "github.com/wneessen/go-mail"

	"clientportal/server/internal/jobs"
	"clientportal/server/internal/model"
)

// Sender hands one message to the outside world.
type Sender interface {
	Send(ctx context.Context, e model.Email) error
}

// SMTPSender sends over SMTP, with STARTTLS where the server offers it.
type SMTPSender struct {
	host     string
	port     int
	user     string
	password string
}

// NewSMTPSender reads smtp://user:pass@host:port.
func NewSMTPSender(u *url.URL) (*SMTPSender, error) {
	port, err := strconv.Atoi(u.Port())
	if err != nil {
		return nil, fmt.Errorf("PORTAL_SMTP_URL port: %w", err)
	}
	s := &SMTPSender{host: u.Hostname(), port: port}
	if u.User != nil {
		s.user = u.User.Username()
		s.password, _ = u.User.Password()
	}
	return s, nil
}

// Send delivers e; its Message-ID is fixed, so a retry is recognisable.
func (s *SMTPSender) Send(ctx context.Context, e model.Email) error {
	m, err := buildMessage(e)
	if err != nil {
		return err
	}
	opts := []gomail.Option{gomail.WithPort(s.port), gomail.WithTLSPolicy(gomail.TLSOpportunistic), gomail.WithTimeout(20 * time.Second)}
	if s.user != "" {
		opts = append(opts, gomail.WithSMTPAuth(gomail.SMTPAuthAutoDiscover), gomail.WithUsername(s.user), gomail.WithPassword(s.password))
	}
	c, err := gomail.NewClient(s.host, opts...)
	if err != nil {
		return fmt.Errorf("smtp client for %s: %w", s.host, err)
	}
	if err := c.DialAndSendWithContext(ctx, m); err != nil {
		err = fmt.Errorf("send to %s via %s:%d: %w", e.ToAddr, s.host, s.port, err)
		var se *gomail.SendError
		if errors.As(err, &se) && se.Reason == gomail.ErrSMTPRcptTo && !se.IsTemp() {
			return jobs.Permanent(err) // the server refused the address for good
		}
		return err
	}
	return nil
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
