package web_test

import (
	"context"
	"net/http"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"clientportal/server/internal/mail"
	"clientportal/server/internal/store"
	"clientportal/testkit/browsertest"
)

// mailboxURL is the development mailbox of a live portal.
func (lp *livePortal) mailboxURL() string { return "http://localhost:" + lp.port + "/dev/mailbox" }

// inviteBoth invites Ada, then Grace, and waits until both invitations are
// in the mailbox as sent.
func inviteBoth(t *testing.T, lp *livePortal) {
	t.Helper()
	for _, c := range []struct{ name, email string }{{"Ada Lovelace", "ada@example.test"}, {"Grace Hopper", "grace@example.test"}} {
		id := lp.newContact(c.name, c.email)
		lp.ownerAPI(http.MethodPost, "/api/v1/invites", map[string]string{"contact_id": id}, nil)
	}
}

func TestTheMailboxShowsEachEmailsHTMLInASandboxedFrameBesideItsTextNewestFirst(t *testing.T) {
	lp := newLivePortal(t, "sqlite")
	inviteBoth(t, lp)
	b := browsertest.New(t, browsertest.Viewport(1280, 800))
	b.Run(chromedp.Navigate(lp.mailboxURL()))
	waitMailboxSent(t, b, lp, 2)

	if first := b.Text(`.mail:first-of-type .mail-head p`); !strings.Contains(first, "grace@example.test") {
		t.Errorf("the first email is %q; want the newest, Grace's invitation", first)
	}
	sandbox := browsertest.Value(b, chromedp.Evaluate[string](`document.querySelector(".mail iframe.mail-html").getAttribute("sandbox")`))
	if tokens := strings.Fields(sandbox); len(tokens) == 0 || strings.Contains(sandbox, "allow-scripts") || strings.Contains(sandbox, "allow-same-origin") ||
		!strings.Contains(sandbox, "allow-popups") {
		t.Errorf("the HTML part's frame has sandbox=%q; want a sandbox without scripts or same origin that lets links open a tab", sandbox)
	}
	beside := browsertest.Value(b, chromedp.Evaluate[bool](`(() => {
		const m = document.querySelector(".mail"), f = m.querySelector("iframe.mail-html").getBoundingClientRect(),
			p = m.querySelector("pre.mail-body").getBoundingClientRect();
		return f.width > 300 && p.left >= f.right && Math.abs(p.top - f.top) < 5; })()`))
	if !beside {
		t.Error("at 1280 px the plain text is not beside the HTML part")
	}
	if text := b.Text(`.mail:first-of-type pre.mail-body`); !strings.Contains(text, "Open your portal") {
		t.Errorf("the text part reads %q", text)
	}
	if errs := b.ConsoleErrors(); len(errs) > 0 {
		t.Errorf("console errors on the mailbox: %q", errs)
	}
	if v := b.Axe(); len(v) > 0 {
		t.Errorf("accessibility problems on the mailbox: %v", v)
	}

	// The frame's own page: the button the email promises, links to a new
	// tab, and no script runs even if an email carried one.
	src := browsertest.Value(b, chromedp.Evaluate[string](`document.querySelector(".mail iframe.mail-html").src`))
	b.Run(chromedp.Navigate(src))
	button := browsertest.Value(b, chromedp.Evaluate[string](`(() => { const a = [...document.querySelectorAll("a")].find(a => a.textContent.includes("Open your portal"));
		return a ? a.href + " " + document.querySelector("base").target : ""; })()`))
	if !strings.Contains(button, "/login/magic/") || !strings.HasSuffix(button, " _blank") {
		t.Errorf("the HTML part has %q; want the Open your portal button with its magic link, opening in a new tab", button)
	}
}

func TestAnEmailsScriptNeverRunsInTheMailbox(t *testing.T) {
	lp := newLivePortal(t, "sqlite")
	err := lp.sys.Store.InTx(context.Background(), func(tx *store.Tx) error {
		_, err := mail.Queue(tx, mail.Draft{WorkspaceID: lp.acme.Workspace.ID, Kind: "invitation", From: "no-reply@mail.acme.localhost",
			To: "eve@example.test", Subject: "Scripted", Text: "Plain",
			HTML: `<html><head><title>untouched</title></head><body><p style="color:#b91c1c" id="styled">Styled</p><script>document.title = "ran"</script></body></html>`})
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	b := browsertest.New(t)
	b.Run(chromedp.Navigate(lp.mailboxURL()))
	waitMailboxSent(t, b, lp, 1)
	src := browsertest.Value(b, chromedp.Evaluate[string](`document.querySelector(".mail iframe.mail-html").src`))
	b.Run(chromedp.Navigate(src))
	title := browsertest.Value(b, chromedp.Evaluate[string](`document.title`))
	color := browsertest.Value(b, chromedp.Evaluate[string](`getComputedStyle(document.getElementById("styled")).color`))
	if title != "untouched" {
		t.Errorf("the email's script ran (title %q)", title)
	}
	if color != "rgb(185, 28, 28)" {
		t.Errorf("the email's own inline style is not applied (colour %q)", color)
	}
}

func TestTheMailboxFiltersByRecipient(t *testing.T) {
	for _, dialect := range []string{"sqlite", "postgres"} {
		t.Run(dialect, func(t *testing.T) {
			lp := newLivePortal(t, dialect)
			inviteBoth(t, lp)
			b := browsertest.New(t, phone)
			b.Run(chromedp.Navigate(lp.mailboxURL()))
			waitMailboxSent(t, b, lp, 2)
			b.Run(chromedp.SetValue(chromedp.CSS(`#mailbox-to`), "ada@example.test", chromedp.NodeVisible))
			b.Run(chromedp.Click(chromedp.CSS(`.mailbox-filter button[type=submit]`), chromedp.NodeVisible))
			b.Run(chromedp.WaitVisible(chromedp.CSS(`.mailbox-filter a[href="/dev/mailbox"]`)))
			heads := browsertest.Value(b, chromedp.Evaluate[[]string](`[...document.querySelectorAll(".mail .mail-head p")].map(p => p.textContent)`))
			if len(heads) != 1 || !strings.Contains(heads[0], "ada@example.test") {
				t.Errorf("filtered by ada@example.test, the mailbox shows %q", heads)
			}
			noHorizontalScroll(t, b, "the filtered mailbox on a phone")
		})
	}
}

// waitMailboxSent reloads the mailbox until it lists n sent emails.
func waitMailboxSent(t *testing.T, b *browsertest.Browser, lp *livePortal, n int) {
	t.Helper()
	for i := 0; ; i++ {
		sent := browsertest.Value(b, chromedp.Evaluate[int](`[...document.querySelectorAll(".mail .mail-head p")].filter(p => p.textContent.includes("· sent")).length`))
		if sent >= n {
			return
		}
		if i == 100 {
			t.Fatalf("the mailbox shows %d sent emails, want %d", sent, n)
		}
		b.Run(chromedp.Sleep(100e6), chromedp.Reload())
	}
}

func TestAnEmailsHTMLPartIsHiddenFromOtherMachinesAndFromPortals(t *testing.T) {
	p := newPortal(t, "sqlite")
	var id string
	err := p.sys.Store.InTx(context.Background(), func(tx *store.Tx) error {
		es, err := mail.Queue(tx, mail.Draft{WorkspaceID: p.acme.Workspace.ID, Kind: "invitation", From: "no-reply@mail.acme.localhost",
			To: "client@example.com", Subject: "Hidden", Text: "Plain", HTML: "<p>Secret link</p>"})
		if err == nil {
			id = es[0].ID
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, host := range []string{"", "acme.localhost:8080"} {
		if a := p.do(request{path: "/dev/mailbox/" + id + "/html", host: host}); a.status != http.StatusNotFound || strings.Contains(a.body, "Secret link") {
			t.Errorf("the HTML part on host %q from another machine answered %d", host, a.status)
		}
	}
	addr := p.listen(t)
	req, _ := http.NewRequest(http.MethodGet, "http://"+addr+"/dev/mailbox/"+id+"/html", nil)
	req.Host = "localhost:8080"
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	csp := res.Header.Get("Content-Security-Policy")
	if res.StatusCode != http.StatusOK || !strings.Contains(csp, "sandbox") || strings.Contains(csp, "allow-scripts") || strings.Contains(csp, "script-src") {
		t.Errorf("on loopback the HTML part answered %d with Content-Security-Policy %q; want 200, sandboxed, no scripts", res.StatusCode, csp)
	}
}
