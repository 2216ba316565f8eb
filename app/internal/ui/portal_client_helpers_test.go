package ui

import (
	"bytes"
	"context"
	"image"
	"image/color"
	"image/png"
	"io"
	"mime/multipart"
	"net"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"regexp"
	"testing"
	"time"

	"clientportal/app/internal/testenv"
)

var portalCSRF = regexp.MustCompile(`name="_csrf" value="([^"]+)"`)

// clientSession signs a contact in to the portal over HTTP the way a browser
// does (open a magic link, press Continue) and returns the signed-in client
// with the address of the workspace's portal.
func clientSession(t *testing.T, p *testenv.Portal, contactID string) (*http.Client, string) {
	t.Helper()
	jar, _ := cookiejar.New(nil)
	dial := func(ctx context.Context, network, _ string) (net.Conn, error) {
		return (&net.Dialer{}).DialContext(ctx, network, p.Addr)
	}
	c := &http.Client{Jar: jar, Transport: &http.Transport{DialContext: dial}, Timeout: 20 * time.Second}
	link, err := ownerClient(p).NewMagicLink(testenv.Context(t), contactID)
	if err != nil {
		t.Fatal(err)
	}
	res, err := c.PostForm(link.URL, url.Values{"_csrf": {formToken(t, c, link.URL)}})
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.Request.URL.Path != "/dashboard" {
		t.Fatalf("after Continue the client is on %s, want /dashboard", res.Request.URL)
	}
	return c, res.Request.URL.Scheme + "://" + res.Request.URL.Host
}

// formToken opens page and returns the CSRF token of its form.
func formToken(t *testing.T, c *http.Client, page string) string {
	t.Helper()
	res, err := c.Get(page)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	m := portalCSRF.FindSubmatch(b)
	if m == nil {
		t.Fatalf("%s has no form token:\n%s", page, b)
	}
	return string(m[1])
}

// postMultipart sends an htmx multipart post with the CSRF token to the UI.
func postMultipart(t *testing.T, h *harness, path string, fields map[string]string, fileName string, file []byte) (*http.Response, string) {
	t.Helper()
	var buf bytes.Buffer
	w := multipart.NewWriter(&buf)
	for k, v := range fields {
		_ = w.WriteField(k, v)
	}
	if fileName != "" {
		part, _ := w.CreateFormFile("file", fileName)
		_, _ = part.Write(file)
	}
	_ = w.Close()
	req, _ := http.NewRequest(http.MethodPost, h.UI.URL+path, &buf)
	req.Header.Set("Content-Type", w.FormDataContentType())
	req.Header.Set("HX-Request", "true")
	req.Header.Set("X-CSRF-Token", h.H.csrf)
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res, string(b)
}

// smallPNG is a 32×32 PNG in one colour.
func smallPNG(t *testing.T) []byte {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, 32, 32))
	for x := range 32 {
		for y := range 32 {
			img.Set(x, y, color.RGBA{R: 200, G: 40, B: 90, A: 255})
		}
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}
