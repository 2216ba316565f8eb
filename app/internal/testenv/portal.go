package testenv

import (
	"bytes"
	"context"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"clientportal/shared/clock"
	"clientportal/testkit/dnstest"
)

// Clock is the clock the portal server under test runs on: its own process,
// on the wall clock. Tests build every date they send it from this clock.
var Clock clock.Clock = clock.Real{}

var (
	buildOnce sync.Once
	buildBin  string
	buildErr  error
)

// PortalBinary builds the portal server once per test process, or uses the
// one PORTAL_TEST_PORTAL_BIN names (a server built beforehand).
func PortalBinary(t testing.TB) string {
	t.Helper()
	if bin := os.Getenv("PORTAL_TEST_PORTAL_BIN"); bin != "" {
		return bin
	}
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "portal-bin-")
		if err != nil {
			buildErr = err
			return
		}
		buildBin = filepath.Join(dir, "portal")
		cmd := exec.Command("go", "build", "-o", buildBin, "./cmd/portal")
		cmd.Dir = filepath.Join(RepoRoot(), "server")
		if out, err := cmd.CombinedOutput(); err != nil {
			buildErr = fmt.Errorf("build portal: %w\n%s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return buildBin
}

// RepoRoot is the folder holding go.work (found from this source file).
func RepoRoot() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Clean(filepath.Join(filepath.Dir(file), "..", "..", ".."))
}

// Portal is a running portal server with one workspace.
type Portal struct {
	t       testing.TB
	bin     string
	DataDir string
	Addr    string
	URL     string
	Token   string
	cmd     *exec.Cmd
	log     *bytes.Buffer
	// DNS is the server's DNS resolver (PORTAL_DNS_RESOLVER): set TXT
	// records on it to prove custom domains.
	DNS *dnstest.Server
}

// StartPortal starts a fresh server and creates the workspace "Acme".
func StartPortal(t testing.TB) *Portal {
	t.Helper()
	p := &Portal{t: t, bin: PortalBinary(t), DataDir: t.TempDir(), Addr: freeAddr(t), DNS: dnstest.Start(t)}
	p.URL = "http://" + p.Addr
	p.Token = p.Setup("Acme", "owner@acme.test")
	p.Start()
	t.Cleanup(p.Stop)
	return p
}

func (p *Portal) env() []string {
	_, port, _ := net.SplitHostPort(p.Addr)
	return append(os.Environ(), "PORTAL_ADDR="+p.Addr, "PORTAL_DATA_DIR="+p.DataDir,
		"PORTAL_BASE_URL=http://localhost:"+port, "PORTAL_DATABASE_URL=", "PORTAL_SMTP_URL=", "PORTAL_DNS_RESOLVER="+p.DNS.Addr())
}

// Setup creates another workspace and returns its owner token.
func (p *Portal) Setup(name, email string) string {
	p.t.Helper()
	cmd := exec.Command(p.bin, "setup", "--workspace", name, "--email", email)
	cmd.Env = p.env()
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		p.t.Fatalf("portal setup: %v\n%s", err, stderr.String())
	}
	return strings.TrimSpace(string(out))
}

// Start (re)starts the server on the same address and waits until it is healthy.
func (p *Portal) Start() {
	p.t.Helper()
	p.log = &bytes.Buffer{}
	p.cmd = exec.Command(p.bin, "serve")
	p.cmd.Env = p.env()
	p.cmd.Stdout, p.cmd.Stderr = p.log, p.log
	if err := p.cmd.Start(); err != nil {
		p.t.Fatalf("start portal: %v", err)
	}
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		res, err := http.Get(p.URL + "/healthz")
		if err == nil {
			res.Body.Close()
			if res.StatusCode == http.StatusOK {
				return
			}
		}
		time.Sleep(10 * time.Millisecond)
	}
	p.Stop()
	p.t.Fatalf("portal did not become healthy:\n%s", p.log.String())
}

// Stop ends the server gracefully (SIGTERM), killing it after 10 s.
func (p *Portal) Stop() {
	if p.cmd == nil || p.cmd.Process == nil {
		return
	}
	_ = p.cmd.Process.Signal(syscall.SIGTERM)
	done := make(chan struct{})
	go func() { _ = p.cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		_ = p.cmd.Process.Kill()
		<-done
	}
	p.cmd = nil
}

// Log is what the server printed since its last start.
func (p *Portal) Log() string { return p.log.String() }

func freeAddr(t testing.TB) string {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().String()
}

// Context is a test context that ends with the test.
func Context(t testing.TB) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	t.Cleanup(cancel)
	return ctx
}

// Main runs a package's tests, then stops the shared Chromium and removes
// the portal binary built for them.
func Main(m *testing.M) {
	code := m.Run()
	stopChromium()
	if buildBin != "" {
		_ = os.RemoveAll(filepath.Dir(buildBin))
	}
	os.Exit(code)
}
