package testenv

import (
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"
)

// Mailbox returns the server's development mailbox page (the newest 100 emails).
func (p *Portal) Mailbox(t testing.TB) string {
	t.Helper()
	_, port, _ := net.SplitHostPort(p.Addr)
	req, _ := http.NewRequest(http.MethodGet, p.URL+"/dev/mailbox", nil)
	req.Host = "localhost:" + port
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("read mailbox: %v", err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	if res.StatusCode != http.StatusOK {
		t.Fatalf("mailbox: %d %s", res.StatusCode, b)
	}
	return string(b)
}

// MailsTo counts the emails to addr in the development mailbox.
func (p *Portal) MailsTo(t testing.TB, addr string) int {
	return strings.Count(p.Mailbox(t), "to "+addr+" ")
}

// WaitMails waits until every address has at least one email, then returns the counts.
func (p *Portal) WaitMails(t testing.TB, addrs []string) map[string]int {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		box, counts, missing := p.Mailbox(t), map[string]int{}, 0
		for _, a := range addrs {
			counts[a] = strings.Count(box, "to "+a+" ")
			if counts[a] == 0 {
				missing++
			}
		}
		if missing == 0 || time.Now().After(deadline) {
			return counts
		}
		time.Sleep(50 * time.Millisecond)
	}
}
