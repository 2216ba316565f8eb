package pdf

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
)

// A drawn signature is one ink colour at varying opacity. Stamped as it
// comes (RGBA), the PDF needs three colour bytes and one opacity byte per
// pixel, each compressed; as the ink seen through a soft mask of the
// opacities it needs one byte a pixel, which makes the final copy faster to
// seal and smaller, with the same pixels.

// inkTolerance is how far (per channel, 0–255) an opaque pixel may be from
// the ink colour and still count as ink; fainter pixels always count, as
// their colour barely shows.
const inkTolerance = 24

// inkImage is a one-ink picture: its colour and each pixel's opacity,
// row by row.
type inkImage struct {
	ink   color.NRGBA
	alpha []byte
	w, h  int
}

// inkMask reads a PNG of one ink colour; ok is false when the picture
// holds more than one colour or is not an RGBA PNG.
func inkMask(raw []byte) (inkImage, bool) {
	img, err := png.Decode(bytes.NewReader(raw))
	if err != nil {
		return inkImage{}, false
	}
	src, ok := img.(*image.NRGBA)
	if !ok {
		return inkImage{}, false
	}
	ink, ok := inkColour(src)
	if !ok {
		return inkImage{}, false
	}
	b := src.Bounds()
	m := inkImage{ink: ink, w: b.Dx(), h: b.Dy(), alpha: make([]byte, b.Dx()*b.Dy())}
	for y := range m.h {
		in, to := src.Pix[y*src.Stride:], m.alpha[y*m.w:]
		for x := range m.w {
			to[x] = in[4*x+3]
		}
	}
	return m, true
}

// inkColour finds the colour of the most opaque pixel and says whether
// every clearly visible pixel is that colour.
func inkColour(img *image.NRGBA) (color.NRGBA, bool) {
	var ink color.NRGBA
	for i := 3; i < len(img.Pix); i += 4 {
		if p := img.Pix[i-3 : i+1]; p[3] > ink.A {
			ink = color.NRGBA{p[0], p[1], p[2], p[3]}
		}
	}
	if ink.A == 0 {
		return ink, false
	}
	for i := 3; i < len(img.Pix); i += 4 {
		if p := img.Pix[i-3 : i+1]; p[3] >= 128 && (far(p[0], ink.R) || far(p[1], ink.G) || far(p[2], ink.B)) {
			return ink, false
		}
	}
	return ink, true
}

func far(a, b uint8) bool { return int(a)-int(b) > inkTolerance || int(b)-int(a) > inkTolerance }
