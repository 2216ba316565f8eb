//go:build desktop

package windowtest

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"clientportal/app/internal/testenv"
	"clientportal/shared/api"
)

func TestDesktopWindowTitleNamesThePageAndTheDashboardInvitesByKeyboard(t *testing.T) {
	bin := buildDesktop(t)
	portal := testenv.StartPortal(t)
	c := api.NewClient(portal.URL, portal.Token, nil)
	for _, e := range []string{"ada@example.test", "grace@example.test"} {
		if _, err := c.Invite(testenv.Context(t), api.InviteRequest{Email: e}, ""); err != nil {
			t.Fatal(err)
		}
	}
	display, dir := StartXvfb(t), t.TempDir()
	startApp(t, bin, display, dir, portal)
	shot := filepath.Join(t.TempDir(), "shot.png")
	waitFor(t, display, shot, "the dashboard", Paint.IsDashboard)
	waitTitle(t, display, "Dashboard · Acme · Client Portal")
	time.Sleep(2 * time.Second) // let the chart and the picker settle for the saved picture
	if err := Screenshot(display, shot); err != nil {
		t.Fatal(err)
	}
	saveScreenshot(t, shot, "desktop-dashboard-sidebar.png")

	// The dashboard's quick action, by keyboard: Ctrl+N, an email, Enter.
	win := windowID(t, display)
	xdo(t, display, "windowfocus", win)
	xdo(t, display, "key", "ctrl+n")
	time.Sleep(300 * time.Millisecond)
	xdo(t, display, "type", "--delay", "20", "quick.in.window@example.test")
	xdo(t, display, "key", "Return")
	deadline := time.Now().Add(20 * time.Second)
	for {
		l, err := c.Contacts(testenv.Context(t), api.ContactQuery{Q: "quick.in.window@example.test"})
		if err == nil && len(l.Contacts) == 1 && l.Contacts[0].Status == api.StatusInvited {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the dashboard's invite typed in the window never reached the server: %+v, %v", l.Contacts, err)
		}
		time.Sleep(200 * time.Millisecond)
	}

	// The Go menu reaches every section; the title follows.
	xdo(t, display, "key", "ctrl+3")
	waitTitle(t, display, "Inbox · Acme · Client Portal")
	xdo(t, display, "key", "ctrl+0")
	waitTitle(t, display, "Outbox · Acme · Client Portal")

	// At the smallest window size the sidebar becomes a bar that still fits.
	resize(t, display, "800", "560")
	xdo(t, display, "key", "ctrl+1")
	waitTitle(t, display, "Dashboard · Acme · Client Portal")
	time.Sleep(time.Second)
	if err := Screenshot(display, shot); err != nil {
		t.Fatal(err)
	}
	saveScreenshot(t, shot, "desktop-dashboard-small.png")
}

// waitTitle waits until the app window's title is want.
func waitTitle(t *testing.T, display, want string) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	var got string
	for time.Now().Before(deadline) {
		if ids, err := Xdotool(display, "search", "--name", "Client Portal"); err == nil {
			for _, id := range strings.Fields(ids) {
				if got, _ = Xdotool(display, "getwindowname", id); strings.TrimSpace(got) == want {
					return
				}
			}
		}
		time.Sleep(200 * time.Millisecond)
	}
	t.Fatalf("the window title is %q, want %q", strings.TrimSpace(got), want)
}
