package browsertest

import (
	"bytes"
	"fmt"
	"image/png"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// servePages starts a loopback server with a few pages a person can visit.
func servePages(t *testing.T) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		who := "nobody"
		if c, err := r.Cookie("session"); err == nil {
			who = c.Value
		}
		writePage(w, "Home", fmt.Sprintf(`<h1>Welcome</h1><p id="who">Signed in as %s</p>
<p id="hidden" hidden>secret</p><p id="host">%s</p>`, who, r.Host))
	})
	mux.HandleFunc("GET /login", func(w http.ResponseWriter, r *http.Request) {
		http.SetCookie(w, &http.Cookie{Name: "session", Value: "ada", Path: "/", HttpOnly: true})
		http.Redirect(w, r, "/", http.StatusSeeOther)
	})
	mux.HandleFunc("GET /tall", func(w http.ResponseWriter, r *http.Request) {
		// The strict CSP blocks style attributes, so height comes from content.
		writePage(w, "Tall", "<main><h1>Top</h1>"+strings.Repeat("<p>Line</p>", 80)+"<p>Bottom</p></main>")
	})
	mux.HandleFunc("GET /inaccessible", func(w http.ResponseWriter, r *http.Request) {
		writePage(w, "Broken", `<main><h1>Form</h1><img src="/x.png"><input type="text"></main>`)
	})
	mux.HandleFunc("GET /inline-script", func(w http.ResponseWriter, r *http.Request) {
		writePage(w, "Inline", `<main><h1>Inline</h1><script>document.title = "ran"</script></main>`)
	})
	mux.HandleFunc("GET /throws", func(w http.ResponseWriter, r *http.Request) {
		writePage(w, "Throws", `<main><h1>Throws</h1><script src="/throws.js"></script></main>`)
	})
	mux.HandleFunc("GET /throws.js", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/javascript")
		fmt.Fprint(w, `throw new Error("broken widget")`)
	})
	mux.HandleFunc("GET /hop", func(w http.ResponseWriter, r *http.Request) {
		writePage(w, "Hop", `<main><h1>Leaving</h1><script src="/hop.js"></script></main>`)
	})
	mux.HandleFunc("GET /hop.js", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/javascript")
		fmt.Fprint(w, `setTimeout(function () { location.href = "/landed"; }, 150)`)
	})
	mux.HandleFunc("GET /landed", func(w http.ResponseWriter, r *http.Request) {
		writePage(w, "Landed", `<main><h1>Landed</h1></main>`)
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

// writePage writes a small HTML page under a strict Content-Security-Policy, as
// the portal sends.
func writePage(w http.ResponseWriter, title, body string) {
	w.Header().Set("Content-Security-Policy", "default-src 'self'; script-src 'self'")
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	fmt.Fprintf(w, `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>%s</title></head>
<body>%s</body></html>`, title, body)
}

func TestTextReturnsWhatAPersonSeesOnTheServedPage(t *testing.T) {
	srv := servePages(t)
	b := New(t)
	b.Run(chromedp.Navigate(srv.URL + "/"))
	if got := b.Text("h1"); got != "Welcome" {
		t.Errorf("h1 text = %q, want %q", got, "Welcome")
	}
	if got := b.Text("#who"); got != "Signed in as nobody" {
		t.Errorf("#who text = %q, want %q", got, "Signed in as nobody")
	}
	if title := Value(b, chromedp.Title()); title != "Home" {
		t.Errorf("title = %q, want Home", title)
	}
}

func TestSecondContextDoesNotShareCookies(t *testing.T) {
	srv := servePages(t)
	ada := New(t)
	ada.Run(chromedp.Navigate(srv.URL + "/login"))
	if got := ada.Text("#who"); got != "Signed in as ada" {
		t.Fatalf("after login the first context shows %q, want %q", got, "Signed in as ada")
	}
	stranger := ada.NewContext()
	stranger.Run(chromedp.Navigate(srv.URL + "/"))
	if got := stranger.Text("#who"); got != "Signed in as nobody" {
		t.Errorf("second context shows %q: it shares the first one's cookie", got)
	}
	ada.Run(chromedp.Reload())
	if got := ada.Text("#who"); got != "Signed in as ada" {
		t.Errorf("first context lost its session after a second context opened: %q", got)
	}
}

func TestScreenshotWritesAFullPagePNGAtTheViewportWidth(t *testing.T) {
	srv := servePages(t)
	b := New(t, Viewport(390, 844))
	b.Run(chromedp.Navigate(srv.URL + "/tall"))
	path := b.Screenshot("tall page")
	if !strings.HasSuffix(path, "tall_page.png") {
		t.Errorf("screenshot path %q does not end in tall_page.png", path)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read screenshot: %v", err)
	}
	cfg, err := png.DecodeConfig(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("screenshot is not a PNG: %v", err)
	}
	pageHeight := Value(b, chromedp.Evaluate[int]("document.documentElement.scrollHeight"))
	if pageHeight <= 844 {
		t.Fatalf("test page is %d px tall, not taller than the viewport", pageHeight)
	}
	if cfg.Width != 390 || cfg.Height != pageHeight {
		t.Errorf("screenshot is %dx%d, want the whole page: 390x%d", cfg.Width, cfg.Height, pageHeight)
	}
}

func TestWorkspaceHostUnderLocalhostReachesLoopback(t *testing.T) {
	srv := servePages(t)
	port := srv.URL[strings.LastIndex(srv.URL, ":")+1:]
	b := New(t)
	b.Run(chromedp.Navigate("http://acme.localhost:" + port + "/"))
	if got, want := b.Text("#host"), "acme.localhost:"+port; got != want {
		t.Errorf("server saw Host %q, want %q", got, want)
	}
}

func TestAxeFindsMissingAltTextAndLabelsUnderStrictCSP(t *testing.T) {
	srv := servePages(t)
	b := New(t)
	b.Run(chromedp.Navigate(srv.URL + "/inaccessible"))
	ids := map[string]bool{}
	for _, v := range b.Axe() {
		ids[v.ID] = true
	}
	for _, want := range []string{"image-alt", "label"} {
		if !ids[want] {
			t.Errorf("axe did not report %q; got %v", want, ids)
		}
	}
	b.Run(chromedp.Navigate(srv.URL + "/tall"))
	if found := b.Axe(); found != nil {
		t.Errorf("accessible page has violations: %v", found)
	}
}

func TestConsoleErrorsReportBlockedInlineScriptAndUncaughtException(t *testing.T) {
	srv := servePages(t)
	b := New(t)
	b.Run(chromedp.Navigate(srv.URL + "/"))
	if found := b.ConsoleErrors(); len(found) != 0 {
		t.Errorf("clean page reported errors: %q", found)
	}
	b.Run(chromedp.Navigate(srv.URL + "/inline-script"))
	if title := Value(b, chromedp.Title()); title != "Inline" {
		t.Errorf("inline script ran under the CSP: title %q", title)
	}
	if found := strings.Join(b.ConsoleErrors(), "\n"); !strings.Contains(found, "Content Security Policy") {
		t.Errorf("blocked inline script not reported; errors: %q", found)
	}
	b.Run(chromedp.Navigate(srv.URL + "/throws"))
	b.Text("h1")
	if found := strings.Join(b.ConsoleErrors(), "\n"); !strings.Contains(found, "broken widget") {
		t.Errorf("uncaught exception not reported; errors: %q", found)
	}
}

func TestWaitTrueKeepsWaitingAcrossTheNavigationThatMakesItTrue(t *testing.T) {
	srv := servePages(t)
	b := New(t)
	b.Run(chromedp.Navigate(srv.URL + "/hop"))
	b.WaitTrue(`document.querySelector("h1")?.textContent === "Landed"`, "the landing page")
	if got := b.Text("h1"); got != "Landed" {
		t.Errorf("after the wait the page says %q, want Landed", got)
	}
}
