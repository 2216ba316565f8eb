//go:build desktop

package windowtest

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"clientportal/app/internal/testenv"
	"clientportal/shared/api"
)

// buildDesktop builds portal-desktop with the desktop tags into a temp folder.
func buildDesktop(t testing.TB) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "portal-desktop")
	cmd := exec.Command("go", "build", "-tags", "desktop,production,webkit2_41", "-trimpath", "-o", bin, "./app")
	cmd.Dir = testenv.RepoRoot()
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("build portal-desktop: %v\n%s", err, out)
	}
	return bin
}

func TestDesktopWindowPaintsTheDashboardObeysShortcutsAndKeepsItsSize(t *testing.T) {
	bin := buildDesktop(t)
	portal := testenv.StartPortal(t)
	c := api.NewClient(portal.URL, portal.Token, nil)
	for _, e := range []string{"Ada Lovelace", "Grace Hopper", "Linus Pauling"} {
		email := strings.ToLower(strings.Fields(e)[0]) + "@example.test"
		if _, err := c.Invite(testenv.Context(t), api.InviteRequest{Email: email, Name: e}, ""); err != nil {
			t.Fatal(err)
		}
	}
	display, dir := StartXvfb(t), t.TempDir()
	start := time.Now()
	app := startApp(t, bin, display, dir, portal)
	shot := filepath.Join(t.TempDir(), "shot.png")
	paint := waitFor(t, display, shot, "the dashboard", Paint.IsDashboard)
	t.Logf("cold start to painted dashboard: %s (paint %+v)", time.Since(start).Round(10*time.Millisecond), paint)
	time.Sleep(2 * time.Second) // let the chart and fonts settle for the saved picture
	if err := Screenshot(display, shot); err != nil {
		t.Fatal(err)
	}
	t.Logf("memory of the running app (process tree RSS): %d MiB", TreeRSS(app.Process.Pid)/1024)
	saveScreenshot(t, shot, "desktop-dashboard.png")

	// The menu's shortcuts drive the real window: Ctrl+2 opens Contacts.
	win := resize(t, display, "1000", "700")
	xdo(t, display, "windowfocus", win)
	xdo(t, display, "key", "ctrl+2")
	waitFor(t, display, shot, "the contacts table", Paint.IsContacts)
	saveScreenshot(t, shot, "desktop-contacts.png")
	inviteByKeyboard(t, display, c)

	// Ctrl+Q quits through the menu; the next start has the same size.
	xdo(t, display, "key", "ctrl+q")
	waitExit(t, app)
	startApp(t, bin, display, dir, portal)
	waitFor(t, display, shot, "the dashboard again", Paint.IsDashboard)
	if geo := xdo(t, display, "getwindowgeometry", windowID(t, display)); !strings.Contains(geo, "Geometry: 1000x700") {
		t.Fatalf("the window did not keep its size after Quit and restart:\n%s", geo)
	}
}

// inviteByKeyboard uses Ctrl+N, types an email and presses Enter: an htmx
// POST through the window's own handler, checked on the server.
func inviteByKeyboard(t *testing.T, display string, c *api.Client) {
	t.Helper()
	xdo(t, display, "key", "ctrl+n")
	time.Sleep(300 * time.Millisecond)
	xdo(t, display, "type", "--delay", "20", "typed.in.window@example.test")
	xdo(t, display, "key", "Return")
	deadline := time.Now().Add(20 * time.Second)
	for {
		l, err := c.Contacts(testenv.Context(t), api.ContactQuery{Q: "typed.in.window@example.test"})
		if err == nil && len(l.Contacts) == 1 && l.Contacts[0].Status == api.StatusInvited {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("the invite typed in the window never reached the server: %+v, %v", l.Contacts, err)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// startApp starts the desktop binary on display, its files in dir.
func startApp(t testing.TB, bin, display, dir string, portal *testenv.Portal) *exec.Cmd {
	t.Helper()
	cmd := exec.Command(bin)
	cmd.Env = append(os.Environ(), "DISPLAY="+display, "PORTAL_DESKTOP_DIR="+dir,
		"PORTAL_SERVER_URL="+portal.URL, "PORTAL_OWNER_TOKEN="+portal.Token, "NO_AT_BRIDGE=1")
	log, _ := os.Create(filepath.Join(t.TempDir(), "desktop.log"))
	cmd.Stdout, cmd.Stderr = log, log
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if cmd.ProcessState == nil {
			_ = cmd.Process.Kill()
			_ = cmd.Wait()
		}
	})
	return cmd
}

// waitExit waits up to 15 s for the app to end by itself, cleanly.
func waitExit(t *testing.T, cmd *exec.Cmd) {
	t.Helper()
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("the app ended with %v after Quit", err)
		}
	case <-time.After(15 * time.Second):
		t.Fatal("the app was still running 15 s after Ctrl+Q")
	}
}

func xdo(t *testing.T, display string, args ...string) string {
	t.Helper()
	out, err := Xdotool(display, args...)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// windowID finds the app's window by its title.
func windowID(t *testing.T, display string) string {
	t.Helper()
	return strings.Fields(xdo(t, display, "search", "--name", "Client Portal"))[0]
}

// resize sets the app window's size and returns the window id.
func resize(t *testing.T, display, w, h string) string {
	t.Helper()
	win := windowID(t, display)
	xdo(t, display, "windowsize", "--sync", win, w, h)
	return win
}

// waitFor screenshots until want reports the expected screen.
func waitFor(t testing.TB, display, shot, what string, want func(Paint) bool) Paint {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for {
		if err := Screenshot(display, shot); err == nil {
			if p, err := ReadPaint(shot); err == nil && want(p) {
				return p
			}
		}
		if time.Now().After(deadline) {
			p, _ := ReadPaint(shot)
			t.Fatalf("the window never showed %s within 60 s (last paint %+v)", what, p)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// saveScreenshot copies the picture to the test output folder and, with
// PORTAL_UPDATE_SCREENSHOTS=1, to docs/screenshots for the README.
func saveScreenshot(t *testing.T, shot, name string) {
	t.Helper()
	b, err := os.ReadFile(shot)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(t.ArtifactDir(), name), b, 0o644); err != nil {
		t.Fatal(err)
	}
	if os.Getenv("PORTAL_UPDATE_SCREENSHOTS") != "1" {
		return
	}
	dest := filepath.Join(testenv.RepoRoot(), "docs", "screenshots", name)
	if err := os.MkdirAll(filepath.Dir(dest), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dest, b, 0o644); err != nil {
		t.Fatal(err)
	}
}
