// Package dnstest runs a small authoritative DNS server on loopback for
// tests: it answers TXT questions from records the test sets, over UDP and
// TCP on the same port, so a program under test can be pointed at it as its
// resolver (host:port) instead of the real DNS.
package dnstest

import (
	"net"
	"strings"
	"sync"
	"testing"

	"github.com/miekg/dns"
)

// Server is a running test DNS server. Names it has no record for answer
// NXDOMAIN; a name set with no values answers NOERROR with no records.
type Server struct {
	addr string

	mu      sync.Mutex
	txt     map[string][]string
	rcodes  map[string]int
	queries map[string]int // by transport: "udp", "tcp"

	servers []*dns.Server
}

// Start runs a server on 127.0.0.1 (UDP and TCP, one free port) until the
// test ends.
func Start(t testing.TB) *Server {
	t.Helper()
	s := &Server{txt: map[string][]string{}, rcodes: map[string]int{}, queries: map[string]int{}}
	pc, ln := listenPair(t)
	s.addr = pc.LocalAddr().String()
	for _, srv := range []*dns.Server{{PacketConn: pc, Handler: s}, {Listener: ln, Handler: s}} {
		started := make(chan struct{})
		srv.NotifyStartedFunc = func() { close(started) }
		go func() { _ = srv.ActivateAndServe() }()
		<-started
		s.servers = append(s.servers, srv)
	}
	t.Cleanup(s.close)
	return s
}

// listenPair takes a free UDP port on loopback and the same TCP port.
func listenPair(t testing.TB) (net.PacketConn, net.Listener) {
	t.Helper()
	var last error
	for range 50 {
		pc, err := net.ListenPacket("udp", "127.0.0.1:0")
		if err != nil {
			t.Fatalf("dnstest: listen udp: %v", err)
		}
		ln, err := net.Listen("tcp", pc.LocalAddr().String())
		if err == nil {
			return pc, ln
		}
		last = err
		pc.Close()
	}
	t.Fatalf("dnstest: no port free for both UDP and TCP: %v", last)
	return nil, nil
}

func (s *Server) close() {
	for _, srv := range s.servers {
		_ = srv.Shutdown()
	}
}

// Addr is the server's host:port, the value for a resolver setting.
func (s *Server) Addr() string { return s.addr }

// SetTXT makes name answer with these TXT values (one record each),
// replacing what it had; no values makes the name exist without records.
func (s *Server) SetTXT(name string, values ...string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := fqdn(name)
	s.txt[n] = append([]string{}, values...)
	delete(s.rcodes, n)
}

// Remove forgets name, which then answers NXDOMAIN.
func (s *Server) Remove(name string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.txt, fqdn(name))
	delete(s.rcodes, fqdn(name))
}

// Fail makes every question about name answer with rcode (such as
// dns.RcodeServerFailure) until it is set or removed again.
func (s *Server) Fail(name string, rcode int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.rcodes[fqdn(name)] = rcode
}

// Queries counts the questions asked over transport ("udp" or "tcp").
func (s *Server) Queries(transport string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.queries[transport]
}

// ServeDNS answers one question.
func (s *Server) ServeDNS(w dns.ResponseWriter, r *dns.Msg) {
	transport := "udp"
	if _, ok := w.LocalAddr().(*net.TCPAddr); ok {
		transport = "tcp"
	}
	m := new(dns.Msg)
	m.SetReply(r)
	m.Authoritative = true
	s.mu.Lock()
	s.queries[transport]++
	if len(r.Question) == 1 {
		s.answer(m, r.Question[0])
	}
	s.mu.Unlock()
	if transport == "udp" {
		m.Truncate(udpSize(r))
	}
	_ = w.WriteMsg(m)
}

// answer fills m for question q; the caller holds the lock.
func (s *Server) answer(m *dns.Msg, q dns.Question) {
	name := strings.ToLower(q.Name)
	if rc, ok := s.rcodes[name]; ok {
		m.Rcode = rc
		return
	}
	values, ok := s.txt[name]
	if !ok {
		m.Rcode = dns.RcodeNameError
		return
	}
	if q.Qtype != dns.TypeTXT {
		return
	}
	for _, v := range values {
		m.Answer = append(m.Answer, &dns.TXT{Hdr: dns.RR_Header{Name: q.Name, Rrtype: dns.TypeTXT, Class: dns.ClassINET, Ttl: 60},
			Txt: split(v)})
	}
}

// split cuts a value into the 255-byte strings a TXT record holds.
func split(v string) []string {
	var out []string
	for len(v) > 255 {
		out, v = append(out, v[:255]), v[255:]
	}
	return append(out, v)
}

// udpSize is the largest UDP answer the asker takes.
func udpSize(r *dns.Msg) int {
	if o := r.IsEdns0(); o != nil && o.UDPSize() > dns.MinMsgSize {
		return int(o.UDPSize())
	}
	return dns.MinMsgSize
}

func fqdn(name string) string { return dns.Fqdn(strings.ToLower(strings.TrimSpace(name))) }
