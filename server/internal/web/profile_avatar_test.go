package web_test

import (
	"bytes"
	"image"
	"image/color"
	"image/gif"
	"image/jpeg"
	"net/http"
	"strings"
	"testing"
	"time"

	"clientportal/server/internal/web/httpx"
)

func TestAPictureThatIsNotAPlainJPEGPNGOrWebPIsRefusedWithAClearMessageAndNothingIsStored(t *testing.T) {
	lp := newLivePortal(t, "sqlite")
	c := lp.signIn(lp.newContact("Ada Lovelace", "ada@example.test"))
	png := photo(t, 64, 64)
	for _, tc := range []struct {
		name, file string
		data       []byte
		status     int
		message    string
	}{
		{"a PNG with a web page appended (polyglot)", "me.png", append(append([]byte{}, png...), []byte("<html><script>alert(1)</script></html>")...),
			http.StatusUnsupportedMediaType, "carries other data besides the image"},
		{"a PNG with a ZIP appended (polyglot)", "me.png", append(append([]byte{}, png...), []byte("PK\x03\x04 archive")...),
			http.StatusUnsupportedMediaType, "carries other data besides the image"},
		{"a file over 5 MB", "big.jpg", append([]byte("\xff\xd8\xff"), bytes.Repeat([]byte{0}, 5<<20+1)...),
			http.StatusRequestEntityTooLarge, "the largest accepted is 5.0 MB"},
		{"a text file renamed .png", "notes.png", []byte("Dear diary, today I renamed a text file."),
			http.StatusUnsupportedMediaType, "This file is not a picture, whatever its name says"},
		{"a GIF", "cat.gif", gifOf(t), http.StatusUnsupportedMediaType, "GIF files are not accepted"},
		{"a JPEG cut short", "cut.jpg", jpegOf(t)[:200], http.StatusUnprocessableEntity, "could not be read"},
		{"an image of 60 megapixels", "huge.png", pngHeader(10000, 6000), http.StatusRequestEntityTooLarge, "10000×6000 pixels"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			status, body := upload(t, c, lp.origin()+"/profile", "/profile/avatar", "picture", tc.file, tc.data)
			if status != tc.status || !strings.Contains(body, tc.message) {
				t.Errorf("answer %d, want %d with %q:\n%s", status, tc.status, tc.message, errorText(body))
			}
			if !strings.Contains(body, `id="picture-error"`) || !strings.Contains(body, "<h1>Your profile</h1>") {
				t.Errorf("the refusal is not shown beside the picture field of the profile page")
			}
			if ct := avatarType(t, c, lp.origin()); ct != "image/svg+xml" {
				t.Errorf("after the refusal /avatars/me is %s, want the initials (nothing stored)", ct)
			}
		})
	}
}

func TestAJPEGPNGOrWebPBecomesASquareJPEGThumbnailWithoutMetadata(t *testing.T) {
	lp := newLivePortal(t, "sqlite")
	c := lp.signIn(lp.newContact("Ada Lovelace", "ada@example.test"))
	for _, tc := range []struct {
		file string
		data []byte
	}{{"wide.png", photo(t, 640, 200)}, {"photo.jpg", jpegWithComment(t, "GPS 51.5N 0.1W secret")}, {"pic.webp", webpSample(t)}} {
		status, body := upload(t, c, lp.origin()+"/profile", "/profile/avatar", "picture", tc.file, tc.data)
		if status != http.StatusOK || !strings.Contains(body, "Your new picture is saved") {
			t.Fatalf("%s: %d\n%s", tc.file, status, errorText(body))
		}
		res, err := c.Get(lp.origin() + "/avatars/me")
		if err != nil {
			t.Fatal(err)
		}
		data := readAll(res)
		res.Body.Close()
		cfg, format, err := image.DecodeConfig(strings.NewReader(data))
		if err != nil || format != "jpeg" || cfg.Width != 256 || cfg.Height != 256 {
			t.Errorf("%s is stored as %s %dx%d (%v), want a 256x256 JPEG", tc.file, format, cfg.Width, cfg.Height, err)
		}
		if strings.Contains(data, "secret") || strings.Contains(data, "Exif") {
			t.Errorf("%s: the stored picture kept the upload's metadata", tc.file)
		}
	}
}

func TestAPictureIsServedOnlyToSessionsOfItsOwnWorkspace(t *testing.T) {
	lp := newLivePortal(t, "sqlite")
	ada := lp.newContact("Ada Lovelace", "ada@example.test")
	c := lp.signIn(ada)
	if status, body := upload(t, c, lp.origin()+"/profile", "/profile/avatar", "picture", "me.png", photo(t, 100, 100)); status != http.StatusOK {
		t.Fatalf("upload: %d %s", status, errorText(body))
	}
	if got := avatarTypeOf(t, c, lp.origin()+"/avatars/"+ada); got != "image/jpeg" {
		t.Fatalf("Ada's own picture: %s", got)
	}
	other, err := lp.sys.Workspaces.Setup(t.Context(), "Other Co", "owner@other.test")
	if err != nil {
		t.Fatal(err)
	}
	stranger := lp.httpClient()
	if got := statusOf(t, stranger, lp.origin()+"/avatars/"+ada); got != http.StatusSeeOther {
		t.Errorf("without a session Ada's picture answers %d, want a redirect to log in", got)
	}
	otherHost := "http://" + other.Workspace.Slug + ".localhost:" + lp.port
	if got := statusOf(t, c, otherHost+"/avatars/"+ada); got == http.StatusOK {
		t.Errorf("Ada's picture is served on another workspace's portal")
	}
}

func avatarType(t *testing.T, c *http.Client, origin string) string {
	return avatarTypeOf(t, c, origin+"/avatars/me")
}

func avatarTypeOf(t *testing.T, c *http.Client, u string) string {
	t.Helper()
	res, err := c.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	return res.Header.Get("Content-Type")
}

func statusOf(t *testing.T, c *http.Client, u string) int {
	t.Helper()
	nc := *c
	nc.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	res, err := nc.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	return res.StatusCode
}

// errorText is the page's error line, or the page when it has none.
func errorText(body string) string {
	if i := strings.Index(body, `id="picture-error"`); i >= 0 {
		return body[i:min(len(body), i+300)]
	}
	return body
}

func gifOf(t *testing.T) []byte {
	var buf bytes.Buffer
	img := image.NewPaletted(image.Rect(0, 0, 8, 8), []color.Color{color.Black, color.White})
	if err := gif.Encode(&buf, img, nil); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func jpegOf(t *testing.T) []byte {
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, image.NewRGBA(image.Rect(0, 0, 300, 300)), nil); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// jpegWithComment is a JPEG carrying a COM segment and an EXIF segment.
func jpegWithComment(t *testing.T, text string) []byte {
	j := jpegOf(t)
	seg := func(marker byte, data string) []byte {
		n := len(data) + 2
		return append([]byte{0xff, marker, byte(n >> 8), byte(n)}, data...)
	}
	out := append([]byte{}, j[:2]...)
	out = append(out, seg(0xe1, "Exif\x00\x00MM\x00*\x00\x00\x00\x08\x00\x00")...)
	out = append(out, seg(0xfe, text)...)
	return append(out, j[2:]...)
}

// pngHeader is the start of a PNG that claims w×h pixels, with an IEND so
// it is structurally whole: the size check must refuse it before decoding.
func pngHeader(w, h int) []byte {
	ihdr := []byte{byte(w >> 24), byte(w >> 16), byte(w >> 8), byte(w), byte(h >> 24), byte(h >> 16), byte(h >> 8), byte(h), 8, 2, 0, 0, 0}
	b := []byte("\x89PNG\r\n\x1a\n")
	b = append(b, chunk("IHDR", ihdr)...)
	return append(b, chunk("IEND", nil)...)
}

func TestAClientWhoUploadsPicturesInAFloodIsAskedToWaitAndTheLastPictureStays(t *testing.T) {
	lp := newLivePortal(t, "sqlite")
	ada := lp.newContact("Ada Lovelace", "ada@example.test")
	c := lp.signIn(ada)
	pic := photo(t, 40, 40)
	for i := range httpx.MaxPictures {
		if status, body := upload(t, c, lp.origin()+"/profile", "/profile/avatar", "picture", "me.png", pic); status != http.StatusOK {
			t.Fatalf("upload %d answered %d: %s", i+1, status, body)
		}
	}
	status, body := upload(t, c, lp.origin()+"/profile", "/profile/avatar", "picture", "me.png", photo(t, 41, 41))
	if status != http.StatusTooManyRequests || !strings.Contains(body, "Wait a few minutes") {
		t.Fatalf("upload %d answered %d: %s", httpx.MaxPictures+1, status, body)
	}
	lp.clock.Advance(httpx.PictureWindow + time.Second)
	if status, body := upload(t, c, lp.origin()+"/profile", "/profile/avatar", "picture", "me.png", pic); status != http.StatusOK {
		t.Fatalf("after the window an upload answered %d: %s", status, body)
	}
}
