package main

import (
	"bufio"
	"bytes"
	"context"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"
)

// server is `portal serve` running in the test on a free loopback port.
type server struct {
	addr   string
	cancel context.CancelFunc
	done   chan struct{} // closed when run returns
	err    error         // what run returned
}

func startServe(t *testing.T) *server {
	t.Helper()
	addr := freeAddr(t)
	portalEnv(t, map[string]string{"PORTAL_ADDR": addr, "PORTAL_BASE_URL": "http://localhost:" + portOf(addr)})
	ctx, cancel := context.WithCancel(context.Background())
	s := &server{addr: addr, cancel: cancel, done: make(chan struct{})}
	go func() { defer close(s.done); s.err = run(ctx, []string{"serve"}, io.Discard, io.Discard) }()
	t.Cleanup(func() {
		cancel()
		select {
		case <-s.done:
		case <-time.After(30 * time.Second):
		}
	})
	for deadline := time.Now().Add(15 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		if res, err := http.Get("http://" + addr + "/healthz"); err == nil {
			res.Body.Close()
			return s
		}
		select {
		case <-s.done:
			t.Fatalf("serve stopped before answering: %v", s.err)
		default:
		}
		if time.Now().After(deadline) {
			t.Fatal("serve did not answer /healthz within 15s")
		}
	}
}

// stop cancels serve and returns its result, failing after within.
func (s *server) stop(t *testing.T, within time.Duration) error {
	t.Helper()
	s.cancel()
	select {
	case <-s.done:
		return s.err
	case <-time.After(within):
		t.Fatalf("serve did not return within %s of the shutdown signal", within)
		return nil
	}
}

func TestServeStopsOnTheSignalAndReturnsCleanly(t *testing.T) {
	s := startServe(t)
	if err := s.stop(t, 5*time.Second); err != nil {
		t.Fatalf("serve returned %v after a clean shutdown", err)
	}
	if conn, err := net.DialTimeout("tcp", s.addr, time.Second); err == nil {
		conn.Close()
		t.Fatal("the server still accepts connections after shutting down")
	}
}

func TestServeFinishesARequestInFlightWhenAskedToStop(t *testing.T) {
	s := startServe(t)
	conn, err := net.Dial("tcp", s.addr)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	// The request has started arriving when the signal comes.
	if _, err := io.WriteString(conn, "GET /healthz HTTP/1.1\r\nHost: localhost\r\n"); err != nil {
		t.Fatal(err)
	}
	time.Sleep(100 * time.Millisecond)
	s.cancel() // the shutdown signal; stop below waits for serve to return
	time.Sleep(300 * time.Millisecond)
	if c, err := net.DialTimeout("tcp", s.addr, time.Second); err == nil {
		c.Close()
		t.Error("a new connection was accepted while shutting down")
	}
	if _, err := io.WriteString(conn, "\r\n"); err != nil {
		t.Fatalf("the in-flight connection was cut: %v", err)
	}
	conn.SetReadDeadline(time.Now().Add(5 * time.Second))
	res, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		t.Fatalf("the in-flight request got no answer: %v", err)
	}
	body, _ := io.ReadAll(res.Body)
	if res.StatusCode != http.StatusOK || string(body) != "ok" {
		t.Fatalf("in-flight request answered %d %q", res.StatusCode, body)
	}
	if err := s.stop(t, 10*time.Second); err != nil {
		t.Fatalf("serve returned %v", err)
	}
}

func TestServeDoesNotWaitForOpenEventStreamsToStop(t *testing.T) {
	s := startServe(t)
	token := setupOwner(t)
	req, _ := http.NewRequest(http.MethodGet, "http://"+s.addr+"/api/v1/events", nil)
	req.Header.Set("Authorization", "Bearer "+token)
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	first := make([]byte, 64)
	if n, err := res.Body.Read(first); err != nil || !bytes.Contains(first[:n], []byte("retry:")) {
		t.Fatalf("event stream did not open: %d %q %v", res.StatusCode, first[:n], err)
	}
	start := time.Now()
	if err := s.stop(t, 8*time.Second); err != nil {
		t.Fatalf("serve returned %v", err)
	}
	t.Logf("stopped %s after the signal with a stream open", time.Since(start).Round(time.Millisecond))
	ended := make(chan error, 1)
	go func() { _, err := io.Copy(io.Discard, res.Body); ended <- err }()
	select {
	case <-ended:
	case <-time.After(3 * time.Second):
		t.Fatal("the event stream stayed open after the server stopped; the client would not reconnect elsewhere")
	}
}

// setupOwner creates a workspace in the running server's database.
func setupOwner(t *testing.T) string {
	t.Helper()
	stdout, stderr, err := runPortal(t, "setup", "--workspace", "Acme", "--email", "owner@acme.test")
	if err != nil {
		t.Fatalf("setup: %v\n%s", err, stderr)
	}
	return strings.TrimSpace(stdout)
}

func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

func portOf(addr string) string {
	_, port, _ := net.SplitHostPort(addr)
	return port
}
