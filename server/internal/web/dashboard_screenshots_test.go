package web_test

import (
	"bytes"
	"context"
	"image"
	"image/color"
	"image/png"
	"io"
	"math"
	"mime/multipart"
	"net/http"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"clientportal/server/internal/model"
	"clientportal/testkit/browsertest"
)

// TestScreenshotsOfTheDashboardSwitcherAndProfileOnAPhoneAndADesktop writes
// the README's screenshots. With PORTAL_UPDATE_SCREENSHOTS=1 they go to
// docs/screenshots/; otherwise to the test's artifact folder, so a normal
// run leaves the tree alone.
func TestScreenshotsOfTheDashboardSwitcherAndProfileOnAPhoneAndADesktop(t *testing.T) {
	lp := newLivePortal(t, "sqlite")
	lp.ownerAPI(http.MethodPatch, "/api/v1/portal/settings", map[string]string{"accent_color": "#0f766e"}, nil)
	lp.uploadLogo(logoPNG(t))
	ada := lp.newContact("Ada Lovelace", "ada@example.test")
	if _, err := lp.sys.Profiles.SetAvatar(context.Background(), lp.acme.Workspace.ID, ada, portraitPNG(t)); err != nil {
		t.Fatal(err)
	}
	lp.addDocument(ada, "Website redesign contract", model.DocSent)
	lp.addDocument(ada, "Non-disclosure agreement", model.DocViewed)
	lp.addDocument(ada, "Statement of work, phase 1", model.DocCompleted)

	dir := screenshotDir(t)
	for _, size := range []struct {
		name string
		w, h int
	}{{"phone", 390, 844}, {"desktop", 1280, 800}} {
		b := browsertest.New(t, browsertest.Viewport(size.w, size.h))
		lp.signInBrowser(b, ada)
		waitForImages(b)
		save(t, b, dir, "portal-dashboard-"+size.name)
		b.Run(chromedp.Click(chromedp.CSS(`.switcher > summary`), chromedp.NodeVisible), chromedp.WaitVisible(chromedp.CSS(`.app-grid`)))
		save(t, b, dir, "portal-switcher-"+size.name)
		b.Run(chromedp.Navigate(lp.origin()+"/profile"), chromedp.WaitVisible(chromedp.CSS(`#picture-title`)))
		waitForImages(b)
		save(t, b, dir, "portal-profile-"+size.name)
	}
}

// screenshotDir is docs/screenshots/ of the repository when updating, else
// the test's artifact folder.
func screenshotDir(t *testing.T) string {
	if os.Getenv("PORTAL_UPDATE_SCREENSHOTS") != "1" {
		return t.ArtifactDir()
	}
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.work")); err == nil {
			return filepath.Join(dir, "docs", "screenshots")
		}
		if filepath.Dir(dir) == dir {
			t.Fatal("no go.work above the test folder: cannot find docs/screenshots")
		}
		dir = filepath.Dir(dir)
	}
}

// save writes the viewport (what a person sees first) as name.png.
func save(t *testing.T, b *browsertest.Browser, dir, name string) {
	t.Helper()
	time.Sleep(150 * time.Millisecond) // let transitions end
	shot := browsertest.Value(b, chromedp.CaptureScreenshot())
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, name+".png")
	if err := os.WriteFile(path, shot, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot %s", path)
}

func waitForImages(b *browsertest.Browser) {
	b.Run(chromedp.Poll[chromedp.Void](`[...document.images].every(i => i.complete)`))
}

// uploadLogo sends a logo through the owner API.
func (lp *livePortal) uploadLogo(data []byte) (int, string) {
	lp.t.Helper()
	var body bytes.Buffer
	w := multipart.NewWriter(&body)
	fw, _ := w.CreateFormFile("file", "logo.png")
	fw.Write(data)
	w.Close()
	req, _ := http.NewRequest(http.MethodPut, "http://localhost:"+lp.port+"/api/v1/portal/logo", &body)
	req.Header.Set("Authorization", "Bearer "+lp.acme.Token)
	req.Header.Set("Content-Type", w.FormDataContentType())
	res, err := lp.httpClient().Do(req)
	if err != nil {
		lp.t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res.StatusCode, string(b)
}

// addDocument stores a document of the contact in a given status.
func (lp *livePortal) addDocument(contactID, title, status string) {
	lp.t.Helper()
	saveDocument(lp.t, lp.sys, lp.acme.Workspace.ID, contactID, title, status)
}

// portraitPNG draws a head-and-shoulders silhouette on a warm gradient.
func portraitPNG(t *testing.T) []byte {
	const n = 480
	img := image.NewRGBA(image.Rect(0, 0, n, n))
	for y := 0; y < n; y++ {
		for x := 0; x < n; x++ {
			f := float64(x+y) / (2 * n)
			c := color.RGBA{R: uint8(251 - 40*f), G: uint8(191 - 90*f), B: uint8(36 + 100*f), A: 255}
			head := math.Hypot(float64(x-n/2), float64(y-190)) < 88
			body := math.Hypot(float64(x-n/2)/1.45, float64(y-470)) < 150
			if head || body {
				c = color.RGBA{R: 255, G: 247, B: 237, A: 255}
			}
			img.SetRGBA(x, y, c)
		}
	}
	return encodePNG(t, img)
}

// logoPNG draws a simple mark: a white ring on teal.
func logoPNG(t *testing.T) []byte {
	const n = 128
	img := image.NewNRGBA(image.Rect(0, 0, n, n))
	for y := 0; y < n; y++ {
		for x := 0; x < n; x++ {
			c := color.NRGBA{R: 15, G: 118, B: 110, A: 255}
			if r := math.Hypot(float64(x-n/2), float64(y-n/2)); r > 26 && r < 42 {
				c = color.NRGBA{R: 255, G: 255, B: 255, A: 255}
			}
			img.SetNRGBA(x, y, c)
		}
	}
	return encodePNG(t, img)
}

func encodePNG(t *testing.T, img image.Image) []byte {
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}
