package web_test

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"

	"clientportal/shared/api"
	"clientportal/testkit/browsertest"
)

func TestMessageTimesShowInTheReadersTimeZoneAndRecentOnesAsMinutesAgo(t *testing.T) {
	lp := newLivePortal(t, "sqlite")
	ada := lp.newContact("Ada Lovelace", "ada@example.test")
	lp.clock.AddDate(0, 0, -3)
	var old api.Message
	lp.ownerAPI(http.MethodPost, "/api/v1/messages", api.NewMessage{ContactID: ada, Body: "Sent three days ago"}, &old)
	lp.clock.AddDate(0, 0, 3)
	lp.ownerAPI(http.MethodPost, "/api/v1/messages", api.NewMessage{ContactID: ada, Body: "Sent just now"}, nil)
	b := browsertest.New(t, phone)
	lp.signInBrowser(b, ada)
	if _, err := chromedp.Call(b.Context(), emulation.SetTimezoneOverride, emulation.SetTimezoneOverrideParams{TimezoneID: "Asia/Tokyo"}); err != nil {
		t.Fatal(err)
	}
	b.Run(chromedp.Navigate(lp.origin() + "/messages"))
	b.Run(chromedp.WaitVisible(chromedp.CSS(`#thread .message`)))
	times := browsertest.Value(b, chromedp.Evaluate[[]string](`[...document.querySelectorAll("#thread .message time")].map(t => t.textContent)`))
	tokyo, err := time.LoadLocation("Asia/Tokyo")
	if err != nil {
		t.Skip("no time zone data on this machine")
	}
	wantOld := old.CreatedAt.In(tokyo).Format("3:04")
	if len(times) != 2 || strings.Contains(times[0], "UTC") || !strings.Contains(times[0], wantOld) {
		t.Errorf("the message of three days ago shows %q, want Tokyo's time %s", times, wantOld)
	}
	if len(times) == 2 && times[1] != "now" && !strings.Contains(times[1], "minute") {
		t.Errorf("the message of a moment ago shows %q, want now or minutes ago", times[1])
	}
}

func TestTheBrowsersTimeZoneIsSavedOnTheProfileAndUsedForTimesWithoutScript(t *testing.T) {
	lp := newLivePortal(t, "sqlite")
	ada := lp.newContact("Ada Lovelace", "ada@example.test")
	lp.ownerAPI(http.MethodPost, "/api/v1/messages", api.NewMessage{ContactID: ada, Body: "Hello"}, nil)
	b := browsertest.New(t, phone)
	if _, err := chromedp.Call(b.Context(), emulation.SetTimezoneOverride, emulation.SetTimezoneOverrideParams{TimezoneID: "America/New_York"}); err != nil {
		t.Fatal(err)
	}
	lp.signInBrowser(b, ada)
	saved := browsertest.Value(b, chromedp.Poll[bool](`document.body.dataset.timeZone === "America/New_York"`, chromedp.WithPollingTimeout(10*time.Second)))
	if !saved {
		t.Fatalf("the browser's time zone was not saved (the page says %q)", browsertest.Value(b, chromedp.Evaluate[string](`document.body.dataset.timeZone`)))
	}
	b.Run(chromedp.Navigate(lp.origin() + "/profile"))
	if got := b.Text("#time-zone"); !strings.Contains(got, "America/New_York") {
		t.Errorf("the profile says %q", got)
	}
	// The page as sent, before any script: the message's time in New York.
	page := get(t, lp.signIn(ada), lp.origin()+"/messages")
	if !strings.Contains(page, " EST<") && !strings.Contains(page, " EDT<") {
		t.Errorf("the messages page is sent with times not in the saved zone:\n%s", page)
	}
}
