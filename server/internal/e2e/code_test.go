package e2e

import (
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"clientportal/testkit/browsertest"
)

func TestTheSixDigitCodeFromTheEmailLogsInOnASecondBrowserContext(t *testing.T) {
	s := start(t, "sqlite")
	s.invite("jane@client.test", "Jane Doe")
	m := s.lastEmailTo("jane@client.test", 1)
	if m.Code == "" {
		t.Fatalf("the invitation has no 6-digit code:\n%s", m.Text)
	}

	phone := browsertest.New(t, browsertest.Viewport(390, 844))
	phone.Run(chromedp.Navigate(m.Link))
	if got := phone.Text("main h1"); got != "Continue as Jane" {
		t.Fatalf("the phone that got the email shows %q", got)
	}

	laptop := phone.NewContext()
	laptop.Run(
		chromedp.Navigate(s.acmeURL("/login")),
	)
	clickAndLoad(laptop, `a[href="/login/code"]`)
	laptop.Run(
		chromedp.SendKeys(chromedp.CSS("#email"), "jane@client.test", chromedp.NodeVisible),
		chromedp.SendKeys(chromedp.CSS("#code"), m.Code, chromedp.NodeVisible),
	)
	clickAndLoad(laptop, `main form button[type="submit"]`)
	if got := laptop.Text("main h1"); got != "Welcome, Jane" {
		t.Fatalf("after the code the laptop shows %q, want the dashboard greeting", got)
	}
	laptop.Screenshot("dashboard after code")

	phone.Run(chromedp.Navigate(s.acmeURL("/dashboard")))
	if got := phone.Text("main h1"); got == "Welcome, Jane" {
		t.Error("the phone's browser context shares the laptop's session")
	}
	if _, joined := s.counts(); joined != 1 {
		t.Errorf("joined %d after the code login, want 1", joined)
	}
}

func TestAfterSixWrongCodesEvenTheRightCodeIsRefused(t *testing.T) {
	s := start(t, "sqlite")
	s.invite("jane@client.test", "Jane Doe")
	m := s.lastEmailTo("jane@client.test", 1)
	right, _ := strconv.Atoi(m.Code)
	wrong := fmt.Sprintf("%06d", (right+1)%1000000)

	v := s.visitor()
	for i := range 6 {
		v.get(s.acmeURL("/login/code"))
		p := v.submit(s.acmeURL("/login/code"), url.Values{"email": {"jane@client.test"}, "code": {wrong}})
		if p.Status != http.StatusUnauthorized || !strings.Contains(p.mainText(), "That code is not valid") {
			t.Fatalf("wrong code %d answered %d: %s", i+1, p.Status, p.mainText())
		}
	}
	v.get(s.acmeURL("/login/code"))
	p := v.submit(s.acmeURL("/login/code"), url.Values{"email": {"jane@client.test"}, "code": {m.Code}})
	if p.Status != http.StatusUnauthorized || p.URL == s.acmeURL("/dashboard") || v.cookie(s.acmeURL("/"), "portal_session") != "" {
		t.Fatalf("the seventh try with the right code answered %d at %s; want 401 and no session", p.Status, p.URL)
	}
	if _, joined := s.counts(); joined != 0 {
		t.Errorf("joined %d after a burnt code, want 0", joined)
	}
}

// Six wrong codes burn the code, as they must; the email's button is a
// 256-bit link nobody can guess, so a stranger who knows the client's email
// must not be able to kill it by typing wrong codes.
func TestSixWrongCodesBurnTheCodeButLeaveTheEmailsButtonWorking(t *testing.T) {
	s := start(t, "sqlite")
	s.invite("jane@client.test", "Jane Doe")
	m := s.lastEmailTo("jane@client.test", 1)
	right, _ := strconv.Atoi(m.Code)
	stranger := s.visitor()
	for range 6 {
		stranger.get(s.acmeURL("/login/code"))
		stranger.submit(s.acmeURL("/login/code"), url.Values{"email": {"jane@client.test"}, "code": {fmt.Sprintf("%06d", (right+7)%1000000)}})
	}
	jane := s.visitor()
	jane.get(m.Link)
	if p := jane.submit(m.Link, nil); p.heading() != "Welcome, Jane" {
		t.Fatalf("after a stranger's six wrong codes the email's button shows %q, want the dashboard", p.heading())
	}
}
