package web_test

import (
	"compress/gzip"
	"io"
	"net/http"
	"regexp"
	"strings"
	"testing"

	"github.com/andybalholm/brotli"
)

var hashedStylesheet = regexp.MustCompile(`href="(/static/css/portal\.[0-9a-f]{12}\.css)"`)

func TestTheDashboardLoadsHashedStaticFilesKeptForAYearAndArrivesCompressed(t *testing.T) {
	lp := newLivePortal(t, "sqlite")
	c := lp.signIn(lp.newContact("Ada Client", "ada@example.com"))

	res, body := getEncoded(t, c, lp.origin()+"/dashboard", "gzip")
	if res.Header.Get("Content-Encoding") != "gzip" {
		t.Errorf("the dashboard came with Content-Encoding %q, want gzip for a browser that accepts it", res.Header.Get("Content-Encoding"))
	}
	m := hashedStylesheet.FindStringSubmatch(body)
	if m == nil {
		t.Fatalf("the dashboard does not load the stylesheet by its hashed name:\n%.600s", body)
	}
	if strings.Contains(body, `"/static/js/portal.js"`) || strings.Contains(body, `"/static/vendor/htmx.min.js"`) {
		t.Errorf("the dashboard still loads a script by its plain name")
	}

	res, css := getEncoded(t, c, lp.origin()+m[1], "br, gzip")
	if got := res.Header.Get("Cache-Control"); got != "public, max-age=31536000, immutable" {
		t.Errorf("the hashed stylesheet has Cache-Control %q, want a year, immutable", got)
	}
	if res.Header.Get("Content-Encoding") != "br" || !strings.Contains(css, "{") {
		t.Errorf("the hashed stylesheet came as %q (%d bytes decoded), want brotli", res.Header.Get("Content-Encoding"), len(css))
	}
}

func TestAnEventStreamIsNotHeldInACompressor(t *testing.T) {
	lp := newLivePortal(t, "sqlite")
	c := lp.signIn(lp.newContact("Ada Client", "ada@example.com"))
	req, _ := http.NewRequest(http.MethodGet, lp.origin()+"/events", nil)
	req.Header.Set("Accept-Encoding", "gzip, br")
	res, err := c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	if res.Header.Get("Content-Encoding") != "" || !strings.HasPrefix(res.Header.Get("Content-Type"), "text/event-stream") {
		t.Fatalf("the client's event stream came as %q with Content-Encoding %q; want an uncompressed event stream",
			res.Header.Get("Content-Type"), res.Header.Get("Content-Encoding"))
	}
}

// getEncoded fetches u asking for the given encodings and returns the
// answer with its decoded body (Go's client decodes only when it asked).
func getEncoded(t *testing.T, c *http.Client, u, acceptEncoding string) (*http.Response, string) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodGet, u, nil)
	req.Header.Set("Accept-Encoding", acceptEncoding)
	res, err := c.Do(req)
	if err != nil {
		t.Fatalf("GET %s: %v", u, err)
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: %d", u, res.StatusCode)
	}
	var r io.Reader = res.Body
	switch res.Header.Get("Content-Encoding") {
	case "gzip":
		if r, err = gzip.NewReader(res.Body); err != nil {
			t.Fatal(err)
		}
	case "br":
		r = brotliReader(res.Body)
	}
	b, err := io.ReadAll(r)
	if err != nil {
		t.Fatalf("read %s: %v", u, err)
	}
	return res, string(b)
}

func brotliReader(r io.Reader) io.Reader { return brotli.NewReader(r) }
