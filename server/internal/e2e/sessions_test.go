package e2e

import (
	"context"
	"net/http"
	"strings"
	"testing"

	"clientportal/shared/api"
)

// loggedIn is a visitor signed in as a contact through a fresh magic link.
func (s *server) loggedIn(contactID string) *visitor {
	s.t.Helper()
	v := s.visitor()
	s.loginAgain(v, contactID)
	return v
}

// loginAgain signs v in through a fresh magic link of contactID.
func (s *server) loginAgain(v *visitor, contactID string) {
	s.t.Helper()
	link := s.magicLink(contactID).URL
	v.get(link)
	if p := v.submit(link, nil); p.URL != s.acmeURL("/dashboard") {
		s.t.Fatalf("magic link login landed on %s (%d) %q", p.URL, p.Status, p.heading())
	}
}

// signedIn reports whether the visitor's cookie still opens the dashboard.
func (s *server) signedIn(v *visitor) bool {
	s.t.Helper()
	p := v.get(s.acmeURL("/dashboard"))
	if p.URL == s.acmeURL("/dashboard") && p.Status == http.StatusOK {
		return true
	}
	if !strings.HasPrefix(p.URL, s.acmeURL("/login")) {
		s.t.Fatalf("a refused session went to %s (%d), want the login page", p.URL, p.Status)
	}
	return false
}

// withCookie is a new visitor holding a copy of a session cookie value.
func (s *server) withCookie(session string) *visitor {
	v := s.visitor()
	v.setCookie(s.acmeURL("/"), "portal_session", session)
	return v
}

func TestLogoutEndsTheSessionSoItsCookieNoLongerWorks(t *testing.T) {
	s := start(t, "sqlite")
	jane := s.contact("jane@client.test", "Jane Doe")
	v := s.loggedIn(jane.ID)
	cookie := v.cookie(s.acmeURL("/"), "portal_session")
	v.get(s.acmeURL("/dashboard"))
	if p := v.submit(s.acmeURL("/logout"), nil); !strings.HasPrefix(p.URL, s.acmeURL("/login")) {
		t.Fatalf("logout went to %s (%d)", p.URL, p.Status)
	}
	if v.cookie(s.acmeURL("/"), "portal_session") != "" {
		t.Error("logout left the session cookie in the browser")
	}
	if s.signedIn(s.withCookie(cookie)) {
		t.Error("a copy of the cookie still opens the dashboard after logout")
	}
}

func TestLogOutEverywhereEndsTheSessionOfAnotherBrowser(t *testing.T) {
	s := start(t, "sqlite")
	jane := s.contact("jane@client.test", "Jane Doe")
	bob := s.contact("bob@client.test", "Bob Stone")
	laptop, phone, other := s.loggedIn(jane.ID), s.loggedIn(jane.ID), s.loggedIn(bob.ID)
	laptop.get(s.acmeURL("/profile"))
	laptop.submit(s.acmeURL("/logout/everywhere"), nil)
	if s.signedIn(phone) || s.signedIn(laptop) {
		t.Error("a session of Jane survived log out everywhere")
	}
	if !s.signedIn(other) {
		t.Error("Jane's log out everywhere ended Bob's session")
	}
}

func TestRevokingAContactsAccessEndsTheirSessionAtOnceAndKillsTheirLinks(t *testing.T) {
	s := start(t, "sqlite")
	jane := s.contact("jane@client.test", "Jane Doe")
	v := s.loggedIn(jane.ID)
	unused := s.magicLink(jane.ID).URL
	var c api.Contact
	if err := s.owner.Do(context.Background(), api.Request{Method: http.MethodPost, Path: "/api/v1/contacts/" + jane.ID + "/revoke-access"}, &c); err != nil {
		t.Fatal(err)
	}
	if s.signedIn(v) {
		t.Error("the session still opens the dashboard after the owner revoked access")
	}
	assertDeadLinkPage(t, s.visitor().get(unused), "a link made before the revocation")
}

func TestLoginGivesANewSessionIDAndEndsTheOldOne(t *testing.T) {
	s := start(t, "sqlite")
	jane := s.contact("jane@client.test", "Jane Doe")
	v := s.visitor()
	v.setCookie(s.acmeURL("/"), "portal_session", "planted-by-someone-else")
	s.loginAgain(v, jane.ID)
	first := v.cookie(s.acmeURL("/"), "portal_session")
	if first == "" || first == "planted-by-someone-else" {
		t.Fatalf("the session cookie after login is %q; want a new one", first)
	}
	s.loginAgain(v, jane.ID)
	second := v.cookie(s.acmeURL("/"), "portal_session")
	if second == first {
		t.Fatal("logging in again kept the same session id")
	}
	if s.signedIn(s.withCookie(first)) {
		t.Error("the session replaced at login still works")
	}
	if !s.signedIn(v) {
		t.Error("the new session does not work")
	}
}
