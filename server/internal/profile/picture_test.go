package profile

import (
	"bytes"
	"image"
	"image/color"
	"image/jpeg"
	"os"
	"strings"
	"testing"

	"clientportal/server/internal/apperr"
)

func jpegBytes(t *testing.T, w, h int) []byte {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for x := 0; x < w; x++ {
		for y := 0; y < h; y++ {
			img.Set(x, y, color.RGBA{uint8(x), uint8(y), 90, 255})
		}
	}
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, img, nil); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// withExif inserts an APP1 EXIF segment with an orientation tag and an
// embedded JPEG thumbnail (which has its own end-of-image marker).
func withExif(t *testing.T, j []byte, orientation byte) []byte {
	tiff := []byte("MM\x00*\x00\x00\x00\x08\x00\x01\x01\x12\x00\x03\x00\x00\x00\x01\x00")
	tiff = append(tiff, orientation, 0, 0, 0, 0, 0, 0)
	tiff = append(tiff, jpegBytes(t, 8, 8)...) // an embedded thumbnail
	data := append([]byte("Exif\x00\x00"), tiff...)
	n := len(data) + 2
	out := append([]byte{}, j[:2]...)
	out = append(out, 0xff, 0xe1, byte(n>>8), byte(n))
	out = append(out, data...)
	return append(out, j[2:]...)
}

func TestReadAcceptsAJPEGWhoseEXIFCarriesAThumbnailWithItsOwnEndMarker(t *testing.T) {
	p, err := Read(withExif(t, jpegBytes(t, 40, 20), 1), AvatarRules)
	if err != nil || p.Format != JPEG || p.Image.Bounds().Dx() != 40 {
		t.Fatalf("Read = %v, %v", p.Format, err)
	}
}

func TestReadRefusesDataAfterTheEndOfAJPEGOrAWebP(t *testing.T) {
	webp, err := os.ReadFile("testdata/blue-purple-pink.lossy.webp")
	if err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string][]byte{
		"jpeg": append(jpegBytes(t, 16, 16), "PK\x03\x04zip"...),
		"webp": append(append([]byte{}, webp...), "<?php echo 1; ?>"...),
	} {
		_, err := Read(data, AvatarRules)
		if !apperr.Is(err, apperr.Unsupported) || !strings.Contains(err.Error(), "two files in one") {
			t.Errorf("%s with data appended: %v, want a refusal naming two files in one", name, err)
		}
	}
}

func TestReadRefusesWebPForALogoAndNamesTheFormatsThatWork(t *testing.T) {
	webp, _ := os.ReadFile("testdata/blue-purple-pink.lossy.webp")
	_, err := Read(webp, Rules{What: "logo", MaxBytes: 1 << 20, MaxPixels: 1e6, Formats: []Format{PNG, JPEG}})
	if !apperr.Is(err, apperr.Unsupported) || !strings.Contains(err.Error(), "Save it as PNG or JPEG") {
		t.Fatalf("WebP logo: %v", err)
	}
}

func TestAPhoneJPEGStoredSidewaysBecomesAnUprightThumbnail(t *testing.T) {
	// A portrait photo stored landscape: the top of the scene is on the
	// left (dark column), and orientation 6 says "turn 90° clockwise".
	img := image.NewRGBA(image.Rect(0, 0, 64, 64))
	for y := 0; y < 64; y++ {
		for x := 0; x < 64; x++ {
			c := color.RGBA{240, 240, 240, 255}
			if x < 16 {
				c = color.RGBA{10, 10, 10, 255}
			}
			img.Set(x, y, c)
		}
	}
	var buf bytes.Buffer
	jpeg.Encode(&buf, img, &jpeg.Options{Quality: 95})
	thumb, err := avatarThumbnail(withExif(t, buf.Bytes(), 6))
	if err != nil {
		t.Fatal(err)
	}
	out, err := jpeg.Decode(bytes.NewReader(thumb))
	if err != nil {
		t.Fatal(err)
	}
	top, bottom := gray(out.At(128, 10)), gray(out.At(128, 245))
	if top > 60 || bottom < 200 {
		t.Fatalf("after turning upright the top is %d and the bottom %d bright; want a dark top", top, bottom)
	}
}

func gray(c color.Color) int {
	r, g, b, _ := c.RGBA()
	return int((r + g + b) / 3 >> 8)
}
