package e2e

import (
	"context"
	"net/http"
	"strings"
	"testing"
	"time"

	"clientportal/shared/api"
)

// magicLink asks the owner API for a fresh link for a contact.
func (s *server) magicLink(contactID string) api.MagicLink {
	s.t.Helper()
	l, err := s.owner.NewMagicLink(context.Background(), contactID)
	if err != nil {
		s.t.Fatalf("make a magic link: %v", err)
	}
	return l
}

// assertDeadLinkPage checks the one friendly page every unusable link shows.
func assertDeadLinkPage(t *testing.T, p page, what string) {
	t.Helper()
	if p.heading() != "This link was already used or has expired" || !p.hasButton("Email me a fresh link") {
		t.Fatalf("%s: page %q (status %d) without the fresh-link button; want the expired page:\n%s", what, p.heading(), p.Status, p.mainText())
	}
	if strings.Contains(p.Body, "Continue as") {
		t.Fatalf("%s: the dead-link page still offers to continue: %s", what, p.mainText())
	}
}

func TestFetchingAMagicLinkAsAMailScannerLeavesItUsableAndOneLoginUsesItUp(t *testing.T) {
	s := start(t, "sqlite")
	jane := s.contact("jane@client.test", "Jane Doe")
	link := s.magicLink(jane.ID).URL

	scanner := s.visitor()
	for i := range 3 {
		if p := scanner.get(link); p.Status != http.StatusOK || p.heading() != "Continue as Jane" {
			t.Fatalf("scanner fetch %d: %d %q, want the one-click page", i+1, p.Status, p.heading())
		}
	}
	if _, joined := s.counts(); joined != 0 {
		t.Fatalf("scanner fetches logged the contact in: joined %d", joined)
	}

	client := s.visitor()
	client.get(link)
	if p := client.submit(link, nil); p.URL != s.acmeURL("/dashboard") || p.heading() != "Welcome, Jane" {
		t.Fatalf("the click after three scans landed on %s %q, want the dashboard greeting Jane", p.URL, p.heading())
	}

	assertDeadLinkPage(t, s.visitor().get(link), "the link opened again after its login")
	other := s.visitor()
	other.get(link)
	p := other.submit(link, nil)
	if p.Status != http.StatusGone || p.URL == s.acmeURL("/dashboard") {
		t.Fatalf("a second login with the used link answered %d at %s; want 410 and no session", p.Status, p.URL)
	}
	assertDeadLinkPage(t, p, "the used link clicked again")
	if _, joined := s.counts(); joined != 1 {
		t.Errorf("joined %d after one login, want 1", joined)
	}
}

func TestAnExpiredMagicLinkShowsTheFreshLinkPageAndItsButtonEmailsTheContactANewLink(t *testing.T) {
	s := start(t, "sqlite")
	ttl := 60
	var p api.Portal
	err := s.owner.Do(context.Background(), api.Request{Method: http.MethodPatch, Path: "/api/v1/portal/settings",
		Body: api.PortalSettings{MagicLinkTTLSeconds: &ttl}}, &p)
	if err != nil || p.Settings.MagicLinkTTLSeconds != 60 {
		t.Fatalf("set the magic link lifetime to 60 s: %v (now %d)", err, p.Settings.MagicLinkTTLSeconds)
	}
	jane := s.contact("jane@client.test", "Jane Doe")
	made := time.Now()
	ml := s.magicLink(jane.ID)
	if left := ml.ExpiresAt.Sub(made); left < 55*time.Second || left > 65*time.Second {
		t.Fatalf("link expires in %s, want the workspace's 60 s", left)
	}

	s.expireLinksOf(jane.ID)
	v := s.visitor()
	assertDeadLinkPage(t, v.get(ml.URL), "an expired link")
	if p := v.submit(ml.URL, nil); p.Status != http.StatusGone || p.URL == s.acmeURL("/dashboard") {
		t.Fatalf("the expired link still logs in: %d at %s", p.Status, p.URL)
	}

	v.get(ml.URL)
	sent := v.submit(ml.URL+"/renew", nil)
	if sent.Status != http.StatusOK || !strings.Contains(sent.mainText(), "a fresh login link is on its way") {
		t.Fatalf("renew answered %d: %s", sent.Status, sent.mainText())
	}
	fresh := s.lastEmailTo("jane@client.test", 1)
	if fresh.Link == "" || fresh.Link == ml.URL || fresh.Code == "" {
		t.Fatalf("the renewal email has link %q and code %q; want a new link and a code", fresh.Link, fresh.Code)
	}
	c := s.visitor()
	c.get(fresh.Link)
	if p := c.submit(fresh.Link, nil); p.heading() != "Welcome, Jane" {
		t.Fatalf("the fresh link from the email does not log in: %q", p.heading())
	}
}
