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

// laptop is the viewport of a common laptop screen, in CSS pixels.
var laptop = browsertest.Viewport(1280, 800)

func TestTheDashboardTilesSayOneNewPostAndNotStartedForACourseNeverOpened(t *testing.T) {
	for _, dialect := range []string{"sqlite", "postgres"} {
		t.Run(dialect, func(t *testing.T) {
			lp := newLivePortal(t, dialect)
			ada := lp.newContact("Ada Lovelace", "ada@example.test")
			lp.publishCourse(ada)
			group := lp.newGroupOf("Founders circle", ada)
			b := browsertest.New(t, phone)
			lp.signInBrowser(b, ada)
			lp.ownerAPI(http.MethodPost, "/api/v1/groups/"+group+"/posts", api.PostInput{Body: "Welcome, everyone"}, nil)
			b.Run(chromedp.Reload())
			b.Run(chromedp.WaitVisible(chromedp.CSS(`#greeting`)))
			if got := b.Text(`a.tile[href="/groups"] .tile-status`); got != "1 new post" {
				t.Errorf("the groups tile says %q, want 1 new post", got)
			}
			if got := b.Text(`a.tile[href="/courses"] .tile-status`); got != "Not started" {
				t.Errorf("the courses tile says %q for a course never opened, want Not started", got)
			}
		})
	}
}

func TestAUsedLinkSaysItWasAlreadyUsedOrHasExpired(t *testing.T) {
	lp := newLivePortal(t, "sqlite")
	ada := lp.newContact("Ada Lovelace", "ada@example.test")
	link := lp.magicLink(ada)
	b := browsertest.New(t, phone)
	b.Run(chromedp.Navigate(link))
	b.Run(chromedp.Click(chromedp.CSS(`main form button[type=submit]`), chromedp.NodeVisible))
	b.Run(chromedp.WaitVisible(chromedp.CSS(`#greeting`)))
	other := b.NewContext()
	other.Run(chromedp.Navigate(link))
	if got := other.Text("main h1"); got != "This link was already used or has expired" {
		t.Errorf("a link used a minute ago says %q", got)
	}
}

func TestTheSideNavigationRunsTheWholeHeightOfALongPageAt1280(t *testing.T) {
	lp := newLivePortal(t, "sqlite")
	ada := lp.newContact("Ada Lovelace", "ada@example.test")
	group := lp.newGroupOf("Founders circle", ada)
	for i := 0; i < 12; i++ {
		lp.ownerAPI(http.MethodPost, "/api/v1/groups/"+group+"/posts", api.PostInput{Body: strings.Repeat("A long post that fills the page. ", 12)}, nil)
	}
	b := browsertest.New(t, laptop)
	lp.signInBrowser(b, ada)
	b.Run(chromedp.Navigate(lp.origin() + "/groups/" + group))
	b.Run(chromedp.WaitVisible(chromedp.CSS(`#group-feed`)))
	long := browsertest.Value(b, chromedp.Evaluate[bool](`document.documentElement.scrollHeight > 2 * innerHeight`))
	covered := browsertest.Value(b, chromedp.Evaluate[bool](`(() => { const n = document.querySelector(".sidenav").getBoundingClientRect(),
		s = document.querySelector(".shell").getBoundingClientRect(); return n.bottom >= s.bottom - 1; })()`))
	if !long {
		t.Fatal("the group page is not longer than two screens; the test needs a long page")
	}
	if !covered {
		t.Error("on a long page the side navigation's background stops before the end of the page")
	}
	browsertest.Value(b, chromedp.Evaluate[bool](`(() => { window.scrollTo(0, document.documentElement.scrollHeight); return true; })()`))
	inView := browsertest.Value(b, chromedp.Evaluate[bool](`!!document.elementFromPoint(60, 160)?.closest(".sidenav .apps")`))
	if !inView {
		t.Error("scrolled to the bottom, the side navigation's links are no longer in view")
	}
}

func TestEveryPageOfTheClientHasTheSameContentWidthAt1280(t *testing.T) {
	lp := newLivePortal(t, "sqlite")
	ada := lp.newContact("Ada Lovelace", "ada@example.test")
	b := browsertest.New(t, laptop)
	lp.signInBrowser(b, ada)
	widths := map[string]int{}
	for _, path := range []string{"/dashboard", "/documents", "/invoices", "/courses", "/messages", "/groups", "/profile"} {
		b.Run(chromedp.Navigate(lp.origin() + path))
		b.Run(chromedp.WaitVisible(chromedp.CSS(`main`)))
		widths[path] = browsertest.Value(b, chromedp.Evaluate[int](`Math.round(document.querySelector("main").getBoundingClientRect().width)`))
	}
	for path, w := range widths {
		if w != widths["/dashboard"] {
			t.Errorf("the content is %d px wide on %s and %d px on the dashboard: %v", w, path, widths["/dashboard"], widths)
			break
		}
	}
}

func TestTheOneClickUsedLinkAndVerifyPagesLeaveRoomBetweenTextAndButton(t *testing.T) {
	lp := newLivePortal(t, "sqlite")
	ada := lp.newContact("Ada Lovelace", "ada@example.test")
	link := lp.magicLink(ada)
	b := browsertest.New(t, phone)
	gap := `(() => { const l = document.querySelector("main .lead").getBoundingClientRect(),
		f = document.querySelector("main .lead").nextElementSibling.getBoundingClientRect(); return Math.round(f.top - l.bottom); })()`
	for _, page := range []struct{ name, url string }{{"the one-click page", link}, {"the verify page", lp.origin() + "/verify"}} {
		b.Run(chromedp.Navigate(page.url))
		b.Run(chromedp.WaitVisible(chromedp.CSS(`main .lead`)))
		if g := browsertest.Value(b, chromedp.Evaluate[int](gap)); g < 16 {
			t.Errorf("on %s the text and the form below it are %d px apart, want at least 16", page.name, g)
		}
	}
	b.Run(chromedp.Navigate(link))
	b.Run(chromedp.Click(chromedp.CSS(`main form button[type=submit]`), chromedp.NodeVisible))
	b.Run(chromedp.WaitVisible(chromedp.CSS(`#greeting`)))
	other := b.NewContext()
	other.Run(chromedp.Navigate(link))
	other.Run(chromedp.WaitVisible(chromedp.CSS(`main .lead`)))
	if g := browsertest.Value(other, chromedp.Evaluate[int](gap)); g < 16 {
		t.Errorf("on the used-link page the text and the button are %d px apart, want at least 16", g)
	}
}

func TestClickingLikeBreaksNoContentSecurityRule(t *testing.T) {
	lp := newLivePortal(t, "sqlite")
	ada := lp.newContact("Ada Lovelace", "ada@example.test")
	group := lp.newGroupOf("Founders circle", ada)
	lp.ownerAPI(http.MethodPost, "/api/v1/groups/"+group+"/posts", api.PostInput{Body: "Welcome, everyone"}, nil)
	for _, view := range []browsertest.Option{phone, laptop} {
		b := browsertest.New(t, view)
		lp.signInBrowser(b, ada)
		b.Run(chromedp.Navigate(lp.origin() + "/groups/" + group))
		b.WaitStreamsOpen(1)
		b.Run(chromedp.Click(chromedp.CSS(`.post-like`), chromedp.NodeVisible))
		b.Run(chromedp.WaitVisible(chromedp.CSS(`.post-like[aria-pressed="true"]`)))
		b.Run(chromedp.SendKeys(chromedp.CSS(`.comment-form input[name=body]`), "Thanks!", chromedp.NodeVisible))
		b.Run(chromedp.Click(chromedp.CSS(`.comment-form button[type=submit]`), chromedp.NodeVisible))
		b.Run(chromedp.WaitVisible(chromedp.CSS(`.comment`)))
		b.Run(chromedp.Click(chromedp.CSS(`.post-like`), chromedp.NodeVisible))
		b.Run(chromedp.WaitVisible(chromedp.CSS(`.post-like[aria-pressed="false"]`)))
		if errs := b.ConsoleErrors(); len(errs) > 0 {
			t.Errorf("console errors after Like, a comment and Unlike: %q", errs)
		}
	}
}

func TestAfterUploadingAPictureTheProfileIsAFreshPageAndRemoveSitsBesideUpload(t *testing.T) {
	lp := newLivePortal(t, "sqlite")
	ada := lp.newContact("Ada Lovelace", "ada@example.test")
	b := browsertest.New(t, laptop)
	lp.signInBrowser(b, ada)
	b.Run(chromedp.Navigate(lp.origin() + "/profile"))
	b.Run(chromedp.SetUploadFiles(chromedp.CSS(`#picture`), []string{writeTemp(t, "ada.png", photo(t, 400, 400))}, chromedp.NodeReady))
	b.Run(chromedp.Click(chromedp.CSS(`.picture-form button[type=submit]`), chromedp.NodeVisible))
	if got := b.Text(`.alert-ok`); !strings.Contains(got, "new picture is saved") {
		t.Fatalf("after the upload the profile says %q", got)
	}
	if path := browsertest.Value(b, chromedp.Evaluate[string](`location.pathname`)); path != "/profile" {
		t.Errorf("after Upload picture the address is %s; a refresh would send the form again", path)
	}
	row := browsertest.Value(b, chromedp.Evaluate[bool](`(() => {
		const up = [...document.querySelectorAll("button")].find(b => b.textContent.includes("Upload picture")),
			rm = [...document.querySelectorAll("button")].find(b => b.textContent.includes("Remove picture"));
		if (!up || !rm) return false;
		const u = up.getBoundingClientRect(), r = rm.getBoundingClientRect();
		return Math.abs(u.top - r.top) < 4 && r.left > u.right && r.left - u.right < 40; })()`))
	if !row {
		t.Error("Remove picture is not beside Upload picture")
	}
	b.Run(chromedp.Click(chromedp.CSS(`button[form="picture-remove"]`), chromedp.NodeVisible))
	b.Run(chromedp.WaitNotPresent(chromedp.CSS(`button[form="picture-remove"]`)))
	if got := b.Text(`.alert-ok`); !strings.Contains(got, "picture is removed") {
		t.Errorf("after Remove picture the profile says %q", got)
	}
	if path := browsertest.Value(b, chromedp.Evaluate[string](`location.pathname`)); path != "/profile" {
		t.Errorf("after Remove picture the address is %s", path)
	}
}

func TestAClientChangesTheirOwnNameOnTheProfile(t *testing.T) {
	lp := newLivePortal(t, "sqlite")
	ada := lp.newContact("Ada Lovelace", "ada@example.test")
	b := browsertest.New(t, phone)
	lp.signInBrowser(b, ada)
	b.Run(chromedp.Navigate(lp.origin() + "/profile"))
	b.Run(chromedp.SetValue(chromedp.CSS(`#name`), "   ", chromedp.NodeVisible))
	browsertest.Value(b, chromedp.Evaluate[bool](`(() => { document.querySelector("#name").removeAttribute("required"); return true; })()`))
	b.Run(chromedp.Click(chromedp.CSS(`.name-form button[type=submit]`), chromedp.NodeVisible))
	if got := b.Text(`#name-error`); got != "Enter your name." {
		t.Errorf("an empty name shows %q next to the field", got)
	}
	if id := browsertest.Value(b, chromedp.Evaluate[string](`document.activeElement.id`)); id != "name" {
		t.Errorf("after the refusal the focus is on %q, want the name field", id)
	}
	b.Run(chromedp.SetValue(chromedp.CSS(`#name`), "Ada King", chromedp.NodeVisible))
	b.Run(chromedp.Click(chromedp.CSS(`.name-form button[type=submit]`), chromedp.NodeVisible))
	if got := b.Text(`.alert-ok`); got != "Your name is saved." {
		t.Errorf("after saving the name the profile says %q", got)
	}
	b.Run(chromedp.Navigate(lp.origin() + "/dashboard"))
	if got := b.Text("#greeting"); got != "Welcome, Ada" {
		t.Errorf("the greeting reads %q", got)
	}
	var c api.Contact
	lp.ownerAPI(http.MethodGet, "/api/v1/contacts/"+ada, nil, &c)
	if c.Name != "Ada King" {
		t.Errorf("the owner sees the name %q, want Ada King", c.Name)
	}
}

func TestTheNotFoundPageKeepsTheNavigationForASignedInClient(t *testing.T) {
	lp := newLivePortal(t, "sqlite")
	ada := lp.newContact("Ada Lovelace", "ada@example.test")
	b := browsertest.New(t, laptop)
	lp.signInBrowser(b, ada)
	b.Run(chromedp.Navigate(lp.origin() + "/no-such-page"))
	b.Run(chromedp.WaitVisible(chromedp.CSS(`main h1`)))
	if got := b.Text("main h1"); got != "Not found" {
		t.Fatalf("the missing page shows %q", got)
	}
	if !visible(b, `.sidenav a[href="/documents"]`) {
		t.Error("the not-found page has no side navigation for a signed-in client")
	}
	if !visible(b, `main a[href="/dashboard"]`) {
		t.Error("the not-found page does not lead back to the dashboard")
	}
}

func TestSendWaitsForTextAndARefusedMessageSaysWhyNextToTheField(t *testing.T) {
	lp := newLivePortal(t, "sqlite")
	ada := lp.newContact("Ada Lovelace", "ada@example.test")
	b := browsertest.New(t, phone)
	lp.signInBrowser(b, ada)
	b.Run(chromedp.Navigate(lp.origin() + "/messages"))
	b.Run(chromedp.WaitVisible(chromedp.CSS(`#send-message`)))
	disabled := `document.querySelector("#send-message").disabled`
	if !browsertest.Value(b, chromedp.Evaluate[bool](disabled)) {
		t.Error("Send is enabled with nothing written")
	}
	b.Run(chromedp.SendKeys(chromedp.CSS(`#message-body`), "   ", chromedp.NodeVisible))
	if !browsertest.Value(b, chromedp.Evaluate[bool](disabled)) {
		t.Error("Send is enabled with only spaces written")
	}
	// The server refuses it too: forced through, the reason shows under the field.
	browsertest.Value(b, chromedp.Evaluate[bool](`(() => { document.querySelector(".message-form").requestSubmit(); return true; })()`))
	b.Run(chromedp.WaitVisible(chromedp.CSS(`#message-body-error`)))
	if got := b.Text(`#message-body-error`); got == "" {
		t.Error("the refusal shows no reason")
	}
	if id := browsertest.Value(b, chromedp.Evaluate[string](`document.activeElement.id`)); id != "message-body" {
		t.Errorf("after the refusal the focus is on %q, want the message field", id)
	}
	b.Run(chromedp.SendKeys(chromedp.CSS(`#message-body`), "Hello there", chromedp.NodeVisible))
	if browsertest.Value(b, chromedp.Evaluate[bool](disabled)) {
		t.Fatal("Send stays disabled with text written")
	}
	b.Run(chromedp.Click(chromedp.CSS(`#send-message`), chromedp.NodeVisible))
	b.Run(chromedp.WaitVisible(chromedp.CSS(`#thread .message-mine`)))
	if browsertest.Value(b, chromedp.Evaluate[bool](`!!document.querySelector("#message-body-error")`)) {
		t.Error("the old reason stays after a message went out")
	}
}

func TestARefusedCommentSaysWhyNextToItsField(t *testing.T) {
	lp := newLivePortal(t, "sqlite")
	ada := lp.newContact("Ada Lovelace", "ada@example.test")
	group := lp.newGroupOf("Founders circle", ada)
	lp.ownerAPI(http.MethodPost, "/api/v1/groups/"+group+"/posts", api.PostInput{Body: "Welcome, everyone"}, nil)
	b := browsertest.New(t, phone)
	lp.signInBrowser(b, ada)
	b.Run(chromedp.Navigate(lp.origin() + "/groups/" + group))
	input := `#group-feed .comment-form input[name=body]`
	b.Run(chromedp.WaitVisible(chromedp.CSS(input)))
	if !browsertest.Value(b, chromedp.Evaluate[bool](`document.querySelector("#group-feed .comment-form button[type=submit]").disabled`)) {
		t.Error("the comment button is enabled with nothing written")
	}
	b.Run(chromedp.SendKeys(chromedp.CSS(input), "  ", chromedp.NodeVisible))
	browsertest.Value(b, chromedp.Evaluate[bool](`(() => { const f = document.querySelector("#group-feed .comment-form");
		f.querySelector("button[type=submit]").disabled = false; f.querySelector("button[type=submit]").click(); return true; })()`))
	b.Run(chromedp.WaitVisible(chromedp.CSS(`#group-feed .comment-form .field-error`)))
	focused := browsertest.Value(b, chromedp.Evaluate[bool](`document.activeElement === document.querySelector("#group-feed .comment-form input[name=body]")`))
	if !focused {
		t.Error("after a refused comment the focus is not on the comment field")
	}
}

func TestALoginEmailToAContactNeverInvitedCountsThemAsInvitedSoJoinedNeverExceedsInvited(t *testing.T) {
	for _, dialect := range []string{"sqlite", "postgres"} {
		t.Run(dialect, func(t *testing.T) {
			lp := newLivePortal(t, dialect)
			ada := lp.newContact("Ada Lovelace", "ada@example.test")
			lp.ownerAPI(http.MethodPost, "/api/v1/login-emails", api.LoginEmailsRequest{ContactIDs: []string{ada}}, nil)
			var c api.Contact
			for deadline := time.Now().Add(10 * time.Second); c.Status != api.StatusInvited && time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
				lp.ownerAPI(http.MethodGet, "/api/v1/contacts/"+ada, nil, &c) // the batch is made by the job queue
			}
			var p api.Portal
			lp.ownerAPI(http.MethodGet, "/api/v1/portal", nil, &p)
			if c.Status != api.StatusInvited || c.InvitedAt == nil || p.Invited != 1 {
				t.Fatalf("after a login email the contact is %s (invited at %v) and the portal counts %d invited", c.Status, c.InvitedAt, p.Invited)
			}
			b := browsertest.New(t, phone)
			lp.signInBrowser(b, ada)
			lp.ownerAPI(http.MethodGet, "/api/v1/portal", nil, &p)
			if p.Joined > p.Invited {
				t.Errorf("Joined %d is more than Invited %d", p.Joined, p.Invited)
			}
		})
	}
}

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

func TestEverythingOnTheDashboardUpdatesTogetherWithoutAReload(t *testing.T) {
	lp := newLivePortal(t, "sqlite")
	ada := lp.newContact("Ada Lovelace", "ada@example.test")
	b := browsertest.New(t, phone)
	lp.signInBrowser(b, ada)
	browsertest.Value(b, chromedp.Evaluate[bool](`window.sameDocument = true`))
	b.WaitStreamsOpen(1)

	lp.sendDocument(ada, "Engagement letter")
	summary := browsertest.Value(b, chromedp.Poll[bool](`document.querySelector("#dashboard-summary").textContent.includes("1 document is waiting for your signature")`,
		chromedp.WithPollingTimeout(10*time.Second)))
	if !summary {
		t.Errorf("after a new document the greeting still says %q", b.Text("#dashboard-summary"))
	}
	lp.ownerAPI(http.MethodPost, "/api/v1/messages", api.NewMessage{ContactID: ada, Body: "Welcome aboard"}, nil)
	unread := browsertest.Value(b, chromedp.Poll[bool](`document.querySelector('a.tile[href="/messages"] .tile-status').textContent === "1 unread"`,
		chromedp.WithPollingTimeout(10*time.Second)))
	if !unread {
		t.Errorf("after the owner's message the messages tile says %q", b.Text(`a.tile[href="/messages"] .tile-status`))
	}
	if !browsertest.Value(b, chromedp.Evaluate[bool](`window.sameDocument === true`)) {
		t.Error("the dashboard reloaded instead of updating in place")
	}
	if errs := b.ConsoleErrors(); len(errs) > 0 {
		t.Errorf("console errors: %q", errs)
	}
}

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

func TestPostWaitsForTextOrAPicture(t *testing.T) {
	lp := newLivePortal(t, "sqlite")
	ada := lp.newContact("Ada Lovelace", "ada@example.test")
	group := lp.newGroupOf("Founders circle", ada)
	b := browsertest.New(t, phone)
	lp.signInBrowser(b, ada)
	b.Run(chromedp.Navigate(lp.origin() + "/groups/" + group))
	b.Run(chromedp.WaitVisible(chromedp.CSS(`.post-submit`)))
	disabled := `document.querySelector(".post-submit").disabled`
	if !browsertest.Value(b, chromedp.Evaluate[bool](disabled)) {
		t.Error("Post is enabled with nothing written and no picture")
	}
	b.Run(chromedp.SetUploadFiles(chromedp.CSS(`#post-image`), []string{writeTemp(t, "p.png", photo(t, 40, 40))}, chromedp.NodeReady))
	enabled := browsertest.Value(b, chromedp.Poll[bool](`!document.querySelector(".post-submit").disabled`, chromedp.WithPollingTimeout(5*time.Second)))
	if !enabled {
		t.Error("Post stays disabled with a picture chosen")
	}
}
