// Package tsatest runs an RFC 3161 timestamp authority inside a test: a
// loopback HTTP server that answers timestamp requests with tokens signed by
// its own test certificate, at the time of the clock it was given.
package tsatest

import (
	"crypto"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/sha256"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/asn1"
	"io"
	"math/big"
	"net"
	"net/http"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/digitorus/timestamp"

	"clientportal/shared/clock"
)

// Name is the common name of every test authority's certificate.
const Name = "Client Portal Test TSA"

// policy is the timestamp policy the test authority stamps under.
var policy = asn1.ObjectIdentifier{1, 3, 6, 1, 4, 1, 99999, 1, 1}

// TSA is a running test timestamp authority.
type TSA struct {
	URL         string            // where to POST application/timestamp-query
	Certificate *x509.Certificate // the authority's certificate (a CA, timeStamping EKU)

	t        testing.TB
	clk      clock.Clock
	key      crypto.Signer
	addr     string
	mu       sync.Mutex
	srv      *http.Server
	mode     mode
	hung     chan struct{} // closed when hung requests may end
	requests atomic.Int64
}

// mode is how the authority meets a request.
type mode int

const (
	answering mode = iota // a true token
	hanging               // no answer at all until Answer or Stop
	forging               // a token over other data than asked
)

// Start runs a timestamp authority on a loopback port until the test ends;
// its tokens carry clk's time.
func Start(t testing.TB, clk clock.Clock) *TSA {
	t.Helper()
	clk = clock.Or(clk)
	cert, key := newCertificate(t, clk.Now())
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatalf("tsatest: listen: %v", err)
	}
	a := &TSA{Certificate: cert, t: t, clk: clk, key: key, addr: ln.Addr().String(), hung: make(chan struct{})}
	a.URL = "http://" + a.addr + "/tsr"
	a.serve(ln)
	t.Cleanup(a.Stop)
	return a
}

// Follow makes the authority's tokens carry clk's time from now on: for a
// server whose test clock exists only once the authority's URL is known.
func (a *TSA) Follow(clk clock.Clock) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.clk = clock.Or(clk)
}

func (a *TSA) now() time.Time {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.clk.Now()
}

// Requests is how many timestamp requests the authority has answered.
func (a *TSA) Requests() int { return int(a.requests.Load()) }

// Hang makes the authority take requests and never answer them, as a hung
// service does, until Answer or Stop.
func (a *TSA) Hang() { a.setMode(hanging) }

// Forge makes the authority answer with validly signed tokens that stamp
// other data than the request's.
func (a *TSA) Forge() { a.setMode(forging) }

// Answer makes the authority answer every request truly again, and lets
// the requests it hung on end.
func (a *TSA) Answer() { a.setMode(answering) }

func (a *TSA) setMode(m mode) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.mode == hanging && m != hanging {
		close(a.hung)
		a.hung = make(chan struct{})
	}
	a.mode = m
}

func (a *TSA) current() (mode, chan struct{}) {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.mode, a.hung
}

// Stop closes the authority's port: requests are refused until Resume,
// and the requests it hung on end unanswered.
func (a *TSA) Stop() {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.mode == hanging {
		close(a.hung)
		a.hung = make(chan struct{})
	}
	if a.srv != nil {
		_ = a.srv.Close()
		a.srv = nil
	}
}

// Resume opens the authority again on the same address.
func (a *TSA) Resume() {
	a.t.Helper()
	ln, err := net.Listen("tcp", a.addr)
	if err != nil {
		a.t.Fatalf("tsatest: listen again on %s: %v", a.addr, err)
	}
	a.serve(ln)
}

func (a *TSA) serve(ln net.Listener) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.srv = &http.Server{Handler: http.HandlerFunc(a.answer), ReadHeaderTimeout: 10 * time.Second}
	go func(srv *http.Server) { _ = srv.Serve(ln) }(a.srv)
}

// answer turns one timestamp query into a granted response.
func (a *TSA) answer(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(io.LimitReader(r.Body, 1<<16))
	if err != nil || r.Method != http.MethodPost || r.Header.Get("Content-Type") != "application/timestamp-query" {
		http.Error(w, "POST an application/timestamp-query", http.StatusBadRequest)
		return
	}
	req, err := timestamp.ParseRequest(body)
	if err != nil {
		http.Error(w, "bad timestamp query: "+err.Error(), http.StatusBadRequest)
		return
	}
	m, hung := a.current()
	if m == hanging {
		select {
		case <-hung:
		case <-r.Context().Done():
		}
		return
	}
	if m == forging {
		forged := sha256.Sum256(append([]byte("not what was asked: "), req.HashedMessage...))
		req.HashedMessage = forged[:]
	}
	ts := timestamp.Timestamp{HashAlgorithm: req.HashAlgorithm, HashedMessage: req.HashedMessage,
		Time: a.now().UTC().Truncate(time.Second), Accuracy: time.Second, Policy: policy,
		Nonce: req.Nonce, AddTSACertificate: req.Certificates}
	resp, err := ts.CreateResponseWithOpts(a.Certificate, a.key, crypto.SHA256)
	if err != nil {
		http.Error(w, "sign timestamp: "+err.Error(), http.StatusInternalServerError)
		return
	}
	a.requests.Add(1)
	w.Header().Set("Content-Type", "application/timestamp-reply")
	_, _ = w.Write(resp)
}

// newCertificate makes the authority's self-signed CA certificate with the
// timeStamping extended key usage, valid from a year before now to twenty
// years after, so that tests which move their clock still meet it valid.
func newCertificate(t testing.TB, now time.Time) (*x509.Certificate, crypto.Signer) {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatalf("tsatest: key: %v", err)
	}
	tmpl := &x509.Certificate{
		SerialNumber:          big.NewInt(now.UnixNano()),
		Subject:               pkix.Name{CommonName: Name, Organization: []string{"Client Portal tests"}},
		NotBefore:             now.AddDate(-1, 0, 0),
		NotAfter:              now.AddDate(20, 0, 0),
		KeyUsage:              x509.KeyUsageDigitalSignature | x509.KeyUsageCertSign,
		ExtKeyUsage:           []x509.ExtKeyUsage{x509.ExtKeyUsageTimeStamping},
		BasicConstraintsValid: true,
		IsCA:                  true,
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatalf("tsatest: certificate: %v", err)
	}
	cert, err := x509.ParseCertificate(der)
	if err != nil {
		t.Fatalf("tsatest: parse certificate: %v", err)
	}
	return cert, key
}
