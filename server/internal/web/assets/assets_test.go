package assets_test

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/andybalholm/brotli"
	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/web/assets"
)

var bigScript = strings.Repeat("console.log('the portal');\n", 200)

func tree(style string) fstest.MapFS {
	return fstest.MapFS{
		"css/portal.css":      {Data: []byte(style)},
		"vendor/htmx.min.js":  {Data: []byte(bigScript)},
		"js/viewer.js":        {Data: []byte(`import * as pdf from "/static/vendor/htmx.min.js"; // ` + bigScript)},
		"fonts/script.ttf":    {Data: bytes.Repeat([]byte{0, 1, 2, 3}, 400)},
		"img/unused-by-pages": {Data: []byte("x")},
	}
}

func TestAFilesAddressChangesExactlyWhenItsContentDoes(t *testing.T) {
	a, err := assets.New(tree("body{color:red}"))
	if err != nil {
		t.Fatal(err)
	}
	b, err := assets.New(tree("body{color:blue}"))
	if err != nil {
		t.Fatal(err)
	}
	if !regexp.MustCompile(`^/static/css/portal\.[0-9a-f]{12}\.css$`).MatchString(a.URL("css/portal.css")) {
		t.Fatalf("hashed address %q, want /static/css/portal.<12 hex>.css", a.URL("css/portal.css"))
	}
	if a.URL("css/portal.css") == b.URL("css/portal.css") {
		t.Errorf("a changed stylesheet kept its address %s: browsers would keep the old one for a year", a.URL("css/portal.css"))
	}
	if a.URL("vendor/htmx.min.js") != b.URL("vendor/htmx.min.js") {
		t.Errorf("an unchanged script got a new address")
	}
	if got := a.URL("css/none.css"); got != "/static/css/none.css" {
		t.Errorf("an unknown file's address is %q, want it left plain", got)
	}
}

func TestPagesAndScriptsReferToTheHashedNames(t *testing.T) {
	a, err := assets.New(tree("body{}"))
	if err != nil {
		t.Fatal(err)
	}
	page := `<link href="/static/css/portal.css"><script src="/static/js/viewer.js"></script><img src="/static/img/missing.png">`
	got := string(a.Rewrite([]byte(page)))
	want := `<link href="` + a.URL("css/portal.css") + `"><script src="` + a.URL("js/viewer.js") + `"></script><img src="/static/img/missing.png">`
	if got != want {
		t.Fatalf("rewritten page\n%s\nwant\n%s", got, want)
	}
	app := fiber.New()
	app.Use("/static", a.Handler())
	script := fetch(t, app, a.URL("js/viewer.js"), "")
	if !strings.Contains(script.body, a.URL("vendor/htmx.min.js")) {
		t.Fatalf("the script's import still names the plain file: %.80s", script.body)
	}
}

func TestHashedFilesAreKeptForAYearAndSentCompressed(t *testing.T) {
	a, err := assets.New(tree("body{}"))
	if err != nil {
		t.Fatal(err)
	}
	app := fiber.New()
	app.Use("/static", a.Handler())
	u := a.URL("vendor/htmx.min.js")

	for _, c := range []struct{ accept, encoding string }{{"gzip, deflate, br", "br"}, {"gzip", "gzip"}, {"br;q=0, gzip", "gzip"}, {"", ""}} {
		r := fetch(t, app, u, c.accept)
		if r.status != 200 || r.encoding != c.encoding || r.body != bigScript {
			t.Errorf("Accept-Encoding %q: %d, encoding %q, body intact %v; want 200, %q, intact", c.accept, r.status, r.encoding, r.body == bigScript, c.encoding)
		}
		if r.cache != "public, max-age=31536000, immutable" || r.vary != "Accept-Encoding" || !strings.HasPrefix(r.contentType, "text/javascript") {
			t.Errorf("Cache-Control %q, Vary %q, Content-Type %q", r.cache, r.vary, r.contentType)
		}
	}
	if r := fetch(t, app, "/static/fonts/script.ttf", "br"); r.encoding != "" || r.cache != "public, max-age=3600" {
		t.Errorf("a font by its plain name: encoding %q, Cache-Control %q; want none (not text) and an hour", r.encoding, r.cache)
	}

	req := httptest.NewRequest("GET", u, nil)
	req.Header.Set("If-None-Match", fetch(t, app, u, "").etag)
	res, err := app.Test(req)
	if err != nil || res.StatusCode != 304 {
		t.Fatalf("a revalidation with the current ETag: %v %v, want 304", res.StatusCode, err)
	}
}

type fetched struct {
	status                                         int
	encoding, cache, vary, contentType, etag, body string
}

func fetch(t *testing.T, app *fiber.App, u, acceptEncoding string) fetched {
	t.Helper()
	req := httptest.NewRequest("GET", u, nil)
	if acceptEncoding != "" {
		req.Header.Set("Accept-Encoding", acceptEncoding)
	}
	res, err := app.Test(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var r io.Reader = res.Body
	switch res.Header.Get("Content-Encoding") {
	case "br":
		r = brotli.NewReader(res.Body)
	case "gzip":
		if r, err = gzip.NewReader(res.Body); err != nil {
			t.Fatal(err)
		}
	}
	body, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	return fetched{status: res.StatusCode, encoding: res.Header.Get("Content-Encoding"), cache: res.Header.Get("Cache-Control"),
		vary: res.Header.Get("Vary"), contentType: res.Header.Get("Content-Type"), etag: res.Header.Get("ETag"), body: string(body)}
}
