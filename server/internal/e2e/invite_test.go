package e2e

import (
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"clientportal/testkit/browsertest"
)

func TestAnInvitedClientOpensTheEmailedLinkInChromiumLandsOnTheDashboardAndCountsAsJoined(t *testing.T) {
	s := start(t, "sqlite")
	jane := s.invite("jane@client.test", "Jane Doe")
	if jane.Status != "invited" || jane.InvitedAt == nil {
		t.Fatalf("invited contact is %q (invited at %v), want invited", jane.Status, jane.InvitedAt)
	}

	m := s.waitEmails(1, 10*time.Second)[0]
	if m.To != "jane@client.test" || !strings.Contains(m.Subject, "Acme") {
		t.Errorf("email to %q with subject %q; want to jane@client.test, naming Acme", m.To, m.Subject)
	}
	if !strings.Contains(m.Text, "Hi Jane,") || !strings.Contains(m.HTML, "Open your portal") {
		t.Errorf("email lacks the greeting in text or the button in HTML:\ntext: %s\nhtml: %s", m.Text, m.HTML)
	}
	if m.Link == "" || !strings.HasPrefix(m.Link, s.acmeURL("/login/magic/")) || !strings.Contains(m.Text, m.Link) {
		t.Fatalf("email link %q: want a magic link on %s, the same in text and HTML", m.Link, s.acmeURL(""))
	}
	if m.Code == "" || !strings.Contains(m.HTML, m.Code) {
		t.Errorf("email has no 6-digit code in both parts (text code %q)", m.Code)
	}

	b := browsertest.New(t, browsertest.Viewport(390, 844))
	b.Run(chromedp.Navigate(m.Link))
	if got := b.Text("main h1"); got != "Continue as Jane" {
		t.Fatalf("one-click page heading %q, want %q", got, "Continue as Jane")
	}
	b.Screenshot("one-click page")
	for _, v := range b.Axe() {
		t.Errorf("one-click page: %s", v)
	}
	clickAndLoad(b, `main form button[type="submit"]`)
	if got := b.Text("main h1"); got != "Welcome, Jane" {
		t.Fatalf("dashboard heading %q, want %q", got, "Welcome, Jane")
	}
	if loc := browsertest.Value(b, chromedp.Location()); loc != s.acmeURL("/dashboard") {
		t.Errorf("after the click the browser is at %s, want the dashboard", loc)
	}
	b.Screenshot("dashboard")
	for _, v := range b.Axe() {
		t.Errorf("dashboard: %s", v)
	}
	for _, e := range b.ConsoleErrors() {
		if !strings.Contains(e, "/favicon.ico") { // the browser asks for it on its own
			t.Errorf("the pages reported an error: %s", e)
		}
	}

	if inv, joined := s.counts(); inv != 1 || joined != 1 {
		t.Errorf("portal counts read invited %d, joined %d; want 1 and 1", inv, joined)
	}
}
