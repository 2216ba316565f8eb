package web_test

import (
	"bytes"
	"encoding/json"
	"image"
	"net/http"
	"strings"
	"testing"
)

func TestTheOwnersLogoShowsOnEveryPortalPageAndTheInitialShowsWithoutOne(t *testing.T) {
	lp := newLivePortal(t, "sqlite")
	anyone := lp.httpClient()
	login := get(t, anyone, lp.origin()+"/login")
	if !strings.Contains(login, `<img class="brand-logo" src="/brand/logo" alt=""`) || !strings.Contains(login, "Acme Studio") {
		t.Fatalf("the login page does not show the brand logo and name")
	}
	res, err := anyone.Get(lp.origin() + "/brand/logo")
	if err != nil {
		t.Fatal(err)
	}
	svg := readAll(res)
	res.Body.Close()
	if res.Header.Get("Content-Type") != "image/svg+xml" || !strings.Contains(svg, ">A</text>") || !strings.Contains(svg, "#4f46e5") {
		t.Fatalf("without a logo /brand/logo is %s %q, want the initial A on the accent colour", res.Header.Get("Content-Type"), svg)
	}

	status, body := lp.uploadLogo(logoPNG(t))
	var answer struct {
		LogoURL string `json:"logo_url"`
	}
	if status != http.StatusOK || json.Unmarshal([]byte(body), &answer) != nil || !strings.HasPrefix(answer.LogoURL, "/brand/logo?v=") {
		t.Fatalf("PUT /api/v1/portal/logo: %d %s", status, body)
	}
	res, err = anyone.Get(lp.origin() + "/brand/logo")
	if err != nil {
		t.Fatal(err)
	}
	data := readAll(res)
	res.Body.Close()
	cfg, format, err := image.DecodeConfig(bytes.NewReader([]byte(data)))
	if err != nil || format != "png" || cfg.Width != 128 {
		t.Fatalf("after the upload /brand/logo is %s %dpx (%v), want the 128 px PNG", format, cfg.Width, err)
	}
	dash := get(t, lp.signIn(lp.newContact("Ada Lovelace", "ada@example.test")), lp.origin()+"/dashboard")
	if !strings.Contains(dash, `src="/brand/logo"`) {
		t.Errorf("the dashboard does not show the logo")
	}
}

func TestALogoThatIsTooLargeOrNotPNGOrJPEGIsRefusedInTheErrorShape(t *testing.T) {
	lp := newLivePortal(t, "sqlite")
	for _, tc := range []struct {
		name   string
		data   []byte
		status int
		code   string
	}{
		{"GIF", gifOf(t), http.StatusUnsupportedMediaType, "unsupported_media_type"},
		{"over 1 MB", append(logoPNG(t), bytes.Repeat([]byte{0}, 1<<20)...), http.StatusRequestEntityTooLarge, "too_large"},
		{"text", []byte("not a logo"), http.StatusUnsupportedMediaType, "unsupported_media_type"},
	} {
		status, body := lp.uploadLogo(tc.data)
		var eb struct {
			Error struct{ Code, Message string }
		}
		json.Unmarshal([]byte(body), &eb)
		if status != tc.status || eb.Error.Message == "" {
			t.Errorf("%s logo: %d %s, want %d with a message", tc.name, status, body, tc.status)
		}
	}
	res, err := lp.httpClient().Get(lp.origin() + "/brand/logo")
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.Header.Get("Content-Type") != "image/svg+xml" {
		t.Errorf("a refused logo was stored: /brand/logo is %s", res.Header.Get("Content-Type"))
	}
}
