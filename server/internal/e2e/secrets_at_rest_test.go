package e2e

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"clientportal/server/internal/secure"
)

// A database or a backup read must not log anyone in: once a login email is
// out, no stored row holds its link's token or its code, only their hashes.
func TestNoStoredRowHoldsALiveLoginLinkOrCodeOnceTheEmailIsSent(t *testing.T) {
	for _, dialect := range []string{"sqlite", "postgres"} {
		t.Run(dialect, func(t *testing.T) {
			s := start(t, dialect)
			ann := s.contact("ann@client.test", "Ann Lee")
			if status, _ := s.postLoginEmails(s.acme.Token, []string{ann.ID}); status != http.StatusAccepted {
				t.Fatalf("POST /api/v1/login-emails: %d", status)
			}
			m := s.lastEmailTo("ann@client.test", 1)
			if m.Link == "" || m.Code == "" {
				t.Fatalf("the login email lacks its link or code:\n%s", m.Text)
			}
			token := tokenOf(t, m.Link)
			waitForget(t, s, token)
			for table, leak := range s.rowsHolding(token, m.Code) {
				t.Errorf("table %s holds the live link or code in clear: %s", table, leak)
			}
			var hashes int64
			s.rawDB().Raw("SELECT COUNT(*) FROM login_links WHERE token_hash = ?", secure.Hash(token)).Scan(&hashes)
			if hashes != 1 {
				t.Errorf("the link's hash is stored %d time(s), want once", hashes)
			}
			v := s.visitor()
			v.get(m.Link)
			if p := v.submit(m.Link, nil); !strings.HasPrefix(p.heading(), "Welcome, Ann") {
				t.Errorf("the emailed link no longer logs in: %q", p.heading())
			}
		})
	}
}

// waitForget waits until the delivery is recorded (the body is dropped in
// the same transaction that marks the email sent).
func waitForget(t *testing.T, s *server, token string) {
	t.Helper()
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		var n int64
		s.rawDB().Raw("SELECT COUNT(*) FROM emails WHERE status = 'sent'").Scan(&n)
		if n > 0 {
			return
		}
	}
	t.Fatal("the email was not recorded as sent")
}

// rowsHolding scans every text column of the tables that take user-facing
// output (emails, jobs, events, idempotency answers) for any of the secrets.
func (s *server) rowsHolding(secrets ...string) map[string]string {
	s.t.Helper()
	queries := map[string]string{
		"emails":           "SELECT subject || ' ' || text_body || ' ' || html_body FROM emails",
		"jobs":             "SELECT CAST(payload AS TEXT) || ' ' || last_error FROM jobs",
		"events":           "SELECT CAST(data AS TEXT) FROM events",
		"idempotency_keys": "SELECT CAST(body AS TEXT) FROM idempotency_keys",
	}
	if s.cfg.DatabaseURL != "" {
		queries["jobs"] = "SELECT convert_from(payload, 'UTF8') || ' ' || last_error FROM jobs"
		queries["events"] = "SELECT convert_from(data, 'UTF8') FROM events"
		queries["idempotency_keys"] = "SELECT convert_from(body, 'UTF8') FROM idempotency_keys"
	}
	leaks := map[string]string{}
	for table, q := range queries {
		var rows []string
		if err := s.rawDB().Raw(q).Scan(&rows).Error; err != nil {
			s.t.Fatalf("scan %s: %v", table, err)
		}
		for _, r := range rows {
			for _, secret := range secrets {
				if strings.Contains(r, secret) {
					leaks[table] = secret
				}
			}
		}
	}
	return leaks
}
