package web_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"clientportal/testkit/browsertest"
)

func TestTheInvitationFitsA360PixelPhoneAndGivesTheLinkAndCodeOnce(t *testing.T) {
	lp := newLivePortal(t, "sqlite")
	ada := lp.newContact("Ada Lovelace", "ada@example.test")
	lp.ownerAPI(http.MethodPost, "/api/v1/invites", map[string]string{"contact_id": ada}, nil)
	b := browsertest.New(t, browsertest.Viewport(360, 740))
	b.Run(chromedp.Navigate(lp.mailboxURL()))
	waitMailboxSent(t, b, lp, 1)
	src := browsertest.Value(b, chromedp.Evaluate[string](`document.querySelector(".mail iframe.mail-html").src`))
	b.Run(chromedp.Navigate(src))
	b.Run(chromedp.WaitVisible(chromedp.CSS(`body`)))
	if w := browsertest.Value(b, chromedp.Evaluate[int](`document.documentElement.scrollWidth`)); w > 360 {
		t.Errorf("the invitation is %d px wide on a 360 px screen", w)
	}
	text := browsertest.Value(b, chromedp.Evaluate[string](`document.body.innerText`))
	if n := strings.Count(text, "/login/magic/"); n != 0 {
		t.Errorf("the magic link is printed %d times beside its button:\n%s", n, text)
	}
	code := browsertest.Value(b, chromedp.Evaluate[string](`(document.body.innerText.match(/\b\d{6}\b/) || [""])[0]`))
	if code == "" || strings.Count(strings.ReplaceAll(text, " ", ""), code) != 1 {
		t.Errorf("the code %q appears %d times, want once:\n%s", code, strings.Count(strings.ReplaceAll(text, " ", ""), code), text)
	}
	buttons := browsertest.Value(b, chromedp.Evaluate[int](`[...document.querySelectorAll("a")].filter(a => a.href.includes("/login/magic/")).length`))
	if buttons != 1 {
		t.Errorf("the invitation has %d links that log in, want the one button", buttons)
	}
}
