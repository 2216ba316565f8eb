package e2e

import (
	"context"
	"net"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/glebarez/sqlite"
	"gorm.io/driver/postgres"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"

	"clientportal/server/internal/config"
	"clientportal/server/internal/smtptest"
	"clientportal/server/internal/system"
	"clientportal/server/internal/systemtest"
	"clientportal/server/internal/workspace"
	"clientportal/shared/api"
)

// server is the whole portal server on a free loopback port, its email
// going to an in-process SMTP server, with one workspace named Acme.
type server struct {
	t     testing.TB
	sys   *system.System
	cfg   config.Config
	smtp  *smtptest.Server
	port  string
	addr  string // 127.0.0.1:port, where the server listens
	base  string // http://localhost:port, PORTAL_BASE_URL
	acme  workspace.Created
	owner *api.Client // Acme's owner API client
}

// start runs a server on dialect ("sqlite" or "postgres") with its job
// workers, ready for requests.
func start(t testing.TB, dialect string) *server {
	t.Helper()
	s := open(t, dialect)
	s.sys.Start(context.Background())
	return s
}

// open runs a server on dialect that answers requests but runs no jobs.
func open(t testing.TB, dialect string) *server {
	t.Helper()
	ln := systemtest.Listen(t)
	s := &server{t: t, smtp: smtptest.Start(t), addr: ln.Addr().String()}
	_, s.port, _ = net.SplitHostPort(s.addr)
	s.base = "http://localhost:" + s.port
	s.sys = systemtest.Open(t, dialect, map[string]string{"PORTAL_ADDR": s.addr, "PORTAL_BASE_URL": s.base,
		"PORTAL_SMTP_URL": s.smtp.URL().String()})
	s.cfg = s.sys.Config
	systemtest.Serve(t, s.sys, ln)
	s.acme = s.setup("Acme", "owner@acme.test")
	s.owner = s.apiClient(s.acme.Token)
	return s
}

// setup creates another workspace with its owner.
func (s *server) setup(name, email string) workspace.Created {
	s.t.Helper()
	c, err := s.sys.Workspaces.Setup(context.Background(), name, email)
	if err != nil {
		s.t.Fatal(err)
	}
	return c
}

// apiClient is the shared typed client of a workspace's owner, on the base URL.
func (s *server) apiClient(token string) *api.Client {
	return api.NewClient(s.base, token, &http.Client{Timeout: 30 * time.Second, Transport: s.transport()})
}

// transport sends every request to this server whatever the host in the
// URL, as DNS would for acme.localhost or a custom domain pointed at it.
func (s *server) transport() *http.Transport {
	d := &net.Dialer{Timeout: 5 * time.Second}
	return &http.Transport{
		DialContext:         func(ctx context.Context, _, _ string) (net.Conn, error) { return d.DialContext(ctx, "tcp", s.addr) },
		MaxIdleConnsPerHost: 16,
	}
}

// acmeURL is Acme's default portal address plus path.
func (s *server) acmeURL(path string) string { return "http://acme.localhost:" + s.port + path }

// invite invites a new contact by email through the owner API.
func (s *server) invite(email, name string) api.Contact {
	s.t.Helper()
	r, err := s.owner.Invite(context.Background(), api.InviteRequest{Email: email, Name: name}, "")
	if err != nil {
		s.t.Fatalf("invite %s: %v", email, err)
	}
	return r.Contact
}

// contact creates a contact without inviting it.
func (s *server) contact(email, name string) api.Contact {
	s.t.Helper()
	c, err := s.owner.CreateContact(context.Background(), api.NewContact{Email: email, Name: name}, "")
	if err != nil {
		s.t.Fatalf("create contact %s: %v", email, err)
	}
	return c
}

// counts reads the invited and joined counts of Acme's portal.
func (s *server) counts() (invited, joined int64) {
	s.t.Helper()
	p, err := s.owner.Portal(context.Background())
	if err != nil {
		s.t.Fatalf("GET /api/v1/portal: %v", err)
	}
	return p.Invited, p.Joined
}

// email is one message as it arrived at the SMTP server.
type email struct {
	To, Subject, Text, HTML string
	Link                    string // the login button's address, from the HTML part
	Code                    string // the 6-digit code, from the text part
}

var (
	buttonHref = regexp.MustCompile(`<a href="([^"]+/login/magic/[^"]+)"`)
	codeInText = regexp.MustCompile(`enter the code ([0-9]{6})`)
)

// waitEmails waits until n messages have arrived and parses them all.
func (s *server) waitEmails(n int, within time.Duration) []email {
	s.t.Helper()
	var out []email
	for _, m := range s.smtp.WaitForMessages(n, within) {
		p, err := m.Parse()
		if err != nil {
			s.t.Fatalf("a message that arrived does not parse: %v\n%s", err, m.Raw)
		}
		e := email{To: strings.Join(m.To, ","), Subject: p.Header.Get("Subject"), Text: p.Text, HTML: p.HTML}
		if sub := buttonHref.FindStringSubmatch(p.HTML); sub != nil {
			e.Link = strings.ReplaceAll(sub[1], "&amp;", "&")
		}
		if sub := codeInText.FindStringSubmatch(p.Text); sub != nil {
			e.Code = sub[1]
		}
		out = append(out, e)
	}
	return out
}

// lastEmailTo waits for the n-th message and returns the newest one to addr.
func (s *server) lastEmailTo(addr string, n int) email {
	s.t.Helper()
	all := s.waitEmails(n, 10*time.Second)
	for i := len(all) - 1; i >= 0; i-- {
		if all[i].To == addr {
			return all[i]
		}
	}
	s.t.Fatalf("no email to %s among %d", addr, len(all))
	return email{}
}

// rawDB is a second connection to the server's database, for a test to
// move a row's clock where the product has no way to.
func (s *server) rawDB() *gorm.DB {
	s.t.Helper()
	cfg := &gorm.Config{Logger: logger.Discard}
	var (
		db  *gorm.DB
		err error
	)
	if s.cfg.DatabaseURL != "" {
		db, err = gorm.Open(postgres.Open(s.cfg.DatabaseURL), cfg)
	} else {
		db, err = gorm.Open(sqlite.Open(s.cfg.SQLitePath()+"?_pragma=busy_timeout(10000)"), cfg)
	}
	if err != nil {
		s.t.Fatalf("second connection to the database: %v", err)
	}
	sqlDB, _ := db.DB()
	s.t.Cleanup(func() { sqlDB.Close() })
	return db
}

// expireLinksOf moves the expiry of every login link of a contact into the past.
func (s *server) expireLinksOf(contactID string) {
	s.t.Helper()
	res := s.rawDB().Exec("UPDATE login_links SET expires_at = ? WHERE contact_id = ?", s.sys.Clock.Now().Add(-time.Minute), contactID)
	if res.Error != nil || res.RowsAffected == 0 {
		s.t.Fatalf("expire links of %s: %v (%d rows)", contactID, res.Error, res.RowsAffected)
	}
}

// tokenOf is the token part of a magic link.
func tokenOf(t testing.TB, link string) string {
	t.Helper()
	u, err := url.Parse(link)
	if err != nil || !strings.HasPrefix(u.Path, "/login/magic/") {
		t.Fatalf("%q is not a magic link", link)
	}
	return strings.TrimPrefix(u.Path, "/login/magic/")
}
