package pdf

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"testing"
)

func encodePNG(t *testing.T, img image.Image) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestAOneInkSignatureIsReadAsItsInkSeenThroughTheSameOpacities(t *testing.T) {
	src := image.NewNRGBA(image.Rect(0, 0, 120, 40))
	for x := 5; x < 115; x++ {
		for d := range 6 {
			src.SetNRGBA(x, 10+(x%20)+d, color.NRGBA{0x0b, 0x1f, 0x4d, uint8(40 * (d + 1))})
		}
	}
	m, ok := inkMask(encodePNG(t, src))
	if !ok {
		t.Fatal("a one-ink signature was not read as one ink")
	}
	if m.ink.R != 0x0b || m.ink.G != 0x1f || m.ink.B != 0x4d || m.w != 120 || m.h != 40 {
		t.Fatalf("ink %v, %dx%d; want #0b1f4d, 120x40", m.ink, m.w, m.h)
	}
	for y := range 40 {
		for x := range 120 {
			if want, got := src.NRGBAAt(x, y).A, m.alpha[y*m.w+x]; want != got {
				t.Fatalf("pixel %d,%d has opacity %d, was %d", x, y, got, want)
			}
		}
	}
}

func TestAPictureOfTwoColoursIsStampedAsItCame(t *testing.T) {
	src := image.NewNRGBA(image.Rect(0, 0, 20, 20))
	src.SetNRGBA(2, 2, color.NRGBA{0, 0, 0, 255})
	src.SetNRGBA(5, 5, color.NRGBA{200, 30, 30, 255})
	if _, ok := inkMask(encodePNG(t, src)); ok {
		t.Error("a picture of two colours was read as one ink")
	}
}
