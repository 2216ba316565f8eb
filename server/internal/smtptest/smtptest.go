// Package smtptest runs a real SMTP server in the test process, on a
// loopback port, and keeps every message it accepts. A server can start
// down (connections refused) and come up later on the same port, to test
// that delivery is retried.
package smtptest

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net"
	"net/url"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
)

// Server is an in-process SMTP server bound to one loopback port.
type Server struct {
	t    testing.TB
	addr string

	mu      sync.Mutex
	srv     *smtp.Server
	msgs    []Message
	reject  *smtp.SMTPError
	user    string // when set, mail is taken only after AUTH PLAIN as user
	pass    string
	logins  int // AUTH PLAIN exchanges received, right or wrong
	conns   int // connections accepted
	arrived chan struct{}
}

// Start returns a server that accepts mail at once.
func Start(t testing.TB) *Server {
	t.Helper()
	s := StartDown(t)
	s.Up()
	return s
}

// StartDown picks a free loopback port but does not listen on it yet, so a
// client's connection is refused until Up is called.
func StartDown(t testing.TB) *Server {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatalf("smtptest: find a free port: %v", err)
	}
	addr := ln.Addr().String()
	ln.Close()
	s := &Server{t: t, addr: addr, arrived: make(chan struct{}, 1)}
	t.Cleanup(s.Down)
	return s
}

// Addr is host:port of the server.
func (s *Server) Addr() string { return s.addr }

// URL is the server's address as PORTAL_SMTP_URL spells it.
func (s *Server) URL() *url.URL { return &url.URL{Scheme: "smtp", Host: s.addr} }

// Up starts listening on the server's port.
func (s *Server) Up() {
	s.t.Helper()
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.srv != nil {
		return
	}
	ln, err := listenAgain(s.addr)
	if err != nil {
		s.t.Fatalf("smtptest: listen on %s: %v", s.addr, err)
	}
	srv := smtp.NewServer(backend{s})
	srv.Domain = "smtptest.localhost"
	srv.ReadTimeout = 10 * time.Second
	srv.WriteTimeout = 10 * time.Second
	srv.MaxMessageBytes = 10 << 20
	srv.ErrorLog = quietLog{}
	srv.AllowInsecureAuth = true // loopback only; the client decides whether to send a password
	s.srv = srv
	go srv.Serve(ln)
}

// listenAgain binds addr, retrying briefly while the port is released.
func listenAgain(addr string) (net.Listener, error) {
	var err error
	for range 50 {
		var ln net.Listener
		if ln, err = net.Listen("tcp", addr); err == nil {
			return ln, nil
		}
		time.Sleep(20 * time.Millisecond)
	}
	return nil, err
}

// Down stops listening; connections are refused until Up is called again.
func (s *Server) Down() {
	s.mu.Lock()
	srv := s.srv
	s.srv = nil
	s.mu.Unlock()
	if srv != nil {
		srv.Close()
	}
}

// RejectRecipients makes the server refuse every recipient with a permanent
// 550 error that carries text; an empty text accepts them again.
func (s *Server) RejectRecipients(text string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.reject = nil
	if text != "" {
		s.reject = &smtp.SMTPError{Code: 550, EnhancedCode: smtp.EnhancedCode{5, 1, 1}, Message: text}
	}
}

// RequireAuth makes the server take mail only from a client that logged in
// with AUTH PLAIN as user and pass.
func (s *Server) RequireAuth(user, pass string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.user, s.pass = user, pass
}

// Logins is how many times a client sent a user name and password.
func (s *Server) Logins() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.logins
}

// Connections is how many SMTP connections the server has accepted.
func (s *Server) Connections() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.conns
}

func (s *Server) credentials() (user, pass string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.user, s.pass
}

// Messages returns a copy of every message accepted so far, oldest first.
func (s *Server) Messages() []Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Message(nil), s.msgs...)
}

// WaitForMessages waits until at least n messages have arrived and returns
// them all; it fails the test after timeout.
func (s *Server) WaitForMessages(n int, timeout time.Duration) []Message {
	s.t.Helper()
	deadline := time.After(timeout)
	for {
		if msgs := s.Messages(); len(msgs) >= n {
			return msgs
		}
		select {
		case <-s.arrived:
		case <-deadline:
			s.t.Fatalf("smtptest: %d message(s) arrived within %s, want %d", len(s.Messages()), timeout, n)
		}
	}
}

func (s *Server) store(m Message) {
	s.mu.Lock()
	s.msgs = append(s.msgs, m)
	s.mu.Unlock()
	select {
	case s.arrived <- struct{}{}:
	default:
	}
}

func (s *Server) rejection() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.reject == nil {
		return nil
	}
	return s.reject
}

type backend struct{ s *Server }

func (b backend) NewSession(*smtp.Conn) (smtp.Session, error) {
	b.s.mu.Lock()
	b.s.conns++
	b.s.mu.Unlock()
	return &session{s: b.s}, nil
}

// session collects one SMTP transaction.
type session struct {
	s      *Server
	authed bool
	from   string
	to     []string
}

var errAuthRequired = &smtp.SMTPError{Code: 530, EnhancedCode: smtp.EnhancedCode{5, 7, 0}, Message: "Authentication required"}

func (x *session) AuthMechanisms() []string { return []string{sasl.Plain} }

func (x *session) Auth(string) (sasl.Server, error) {
	return sasl.NewPlainServer(func(_, user, pass string) error {
		x.s.mu.Lock()
		x.s.logins++
		x.s.mu.Unlock()
		if u, p := x.s.credentials(); u == "" || user != u || pass != p {
			return smtp.ErrAuthFailed
		}
		x.authed = true
		return nil
	}), nil
}

func (x *session) Mail(from string, _ *smtp.MailOptions) error {
	if u, _ := x.s.credentials(); u != "" && !x.authed {
		return errAuthRequired
	}
	x.from = from
	return nil
}

func (x *session) Rcpt(to string, _ *smtp.RcptOptions) error {
	if err := x.s.rejection(); err != nil {
		return err
	}
	x.to = append(x.to, to)
	return nil
}

func (x *session) Data(r io.Reader) error {
	raw, err := io.ReadAll(r)
	if err != nil {
		return fmt.Errorf("read message: %w", err)
	}
	if len(x.to) == 0 {
		return errors.New("no recipients")
	}
	x.s.store(Message{From: x.from, To: append([]string(nil), x.to...), Raw: bytes.Clone(raw)})
	return nil
}

func (x *session) Reset()        { x.from, x.to = "", nil }
func (x *session) Logout() error { return nil }

// quietLog drops the server's connection errors, which tests provoke on purpose.
type quietLog struct{}

func (quietLog) Printf(string, ...any) {}
func (quietLog) Println(...any)        {}
