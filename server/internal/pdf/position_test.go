package pdf

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"regexp"
	"strconv"
	"testing"

	"clientportal/shared/testpdf"
)

// pageVariants are pages a viewer shows differently from their media box.
func pageVariants() map[string]testpdf.Page {
	media := [4]float64{0, 0, 595, 842}
	crop := [4]float64{100, 200, 400, 600}
	return map[string]testpdf.Page{
		"plain":            {Media: media},
		"rotate 90":        {Media: media, Rotate: 90},
		"rotate 180":       {Media: media, Rotate: 180},
		"rotate 270":       {Media: media, Rotate: 270},
		"offset crop box":  {Media: media, Crop: &crop},
		"crop + rotate 90": {Media: media, Crop: &crop, Rotate: 90},
	}
}

var wordRe = regexp.MustCompile(`<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>`)

// wordBoxes returns the boxes (x0,y0,x1,y1 from the visible top-left) of
// the words pdftotext finds on page 1.
func wordBoxes(t *testing.T, doc []byte) map[string][4]float64 {
	s, err := runTool(t, doc, "pdftotext", "-bbox", "-cropbox", "-f", "1", "-l", "1", "{}", "-")
	if err != nil {
		t.Fatalf("pdftotext: %v\n%s", err, s)
	}
	boxes := map[string][4]float64{}
	for _, m := range wordRe.FindAllStringSubmatch(s, -1) {
		var b [4]float64
		for i := range b {
			b[i], _ = strconv.ParseFloat(m[i+1], 64)
		}
		boxes[m[5]] = b
	}
	return boxes
}

func TestNameStampLandsInItsBoxOnRotatedAndCroppedPages(t *testing.T) {
	f := Field{Kind: FieldName, Page: 1, X: 0.5, Y: 0.25, W: 0.4, H: 0.06}
	for name, page := range pageVariants() {
		t.Run(name, func(t *testing.T) {
			doc := testpdf.Build(page)
			info, err := Intake(doc, Limits{})
			if err != nil {
				t.Fatalf("Intake: %v", err)
			}
			p := info.Pages[0]
			want := f.points(p)
			got, ok := wordBoxes(t, seal(t, sealRequest(t, doc, "Quincy", f)))["Quincy"]
			if !ok {
				t.Fatalf("stamped name not found on the page")
			}
			const slack = 1.0
			if got[0] < want.x-slack || got[2] > want.x+want.w+slack || got[1] < want.y-slack || got[3] > want.y+want.h+slack {
				t.Errorf("name at %v, want inside x %.1f..%.1f y %.1f..%.1f", got, want.x, want.x+want.w, want.y, want.y+want.h)
			}
			if got[2]-got[0] < got[3]-got[1] {
				t.Errorf("name box %v is taller than wide: drawn sideways", got)
			}
		})
	}
}

// signaturePNG draws a dark zig-zag on a transparent 300x100 canvas.
func signaturePNG(t testing.TB) []byte {
	img := image.NewNRGBA(image.Rect(0, 0, 300, 100))
	for x := 10; x < 290; x++ {
		y := 20 + (x*3)%60
		for d := 0; d < 4; d++ {
			img.Set(x, y+d, color.NRGBA{0x10, 0x20, 0x60, 0xff})
		}
	}
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		t.Fatalf("encode PNG: %v", err)
	}
	return b.Bytes()
}

func TestSignatureImageLandsInItsBoxOnRotatedAndCroppedPages(t *testing.T) {
	f := Field{Kind: FieldSignature, Page: 1, X: 0.1, Y: 0.6, W: 0.5, H: 0.15}
	for _, name := range []string{"plain", "rotate 90", "rotate 270", "offset crop box", "crop + rotate 90"} {
		t.Run(name, func(t *testing.T) {
			doc := testpdf.Build(pageVariants()[name])
			req := sealRequest(t, doc, "Quincy", f)
			req.SignatureImage = signaturePNG(t)
			info, _ := Intake(doc, Limits{})
			before, after := render(t, doc), render(t, seal(t, req))
			got := changedPixels(before, after)
			want := f.points(info.Pages[0])
			if got.Empty() {
				t.Fatalf("the signature image changed no pixel")
			}
			if float64(got.Min.X) < want.x-2 || float64(got.Max.X) > want.x+want.w+2 ||
				float64(got.Min.Y) < want.y-2 || float64(got.Max.Y) > want.y+want.h+2 {
				t.Errorf("image drawn over %v, want inside x %.0f..%.0f y %.0f..%.0f", got, want.x, want.x+want.w, want.y, want.y+want.h)
			}
			if got.Dx() < got.Dy() {
				t.Errorf("image area %v is taller than wide: drawn sideways", got)
			}
		})
	}
}

// render draws page 1 at 72 dpi, so a pixel is a point of the visible page.
func render(t *testing.T, doc []byte) image.Image {
	out, err := runTool(t, doc, "pdftoppm", "-cropbox", "-r", "72", "-f", "1", "-l", "1", "-png", "{}")
	if err != nil {
		t.Fatalf("pdftoppm: %v", err)
	}
	img, err := png.Decode(bytes.NewReader([]byte(out)))
	if err != nil {
		t.Fatalf("decode rendering: %v", err)
	}
	return img
}

// changedPixels returns the bounds of the pixels that differ.
func changedPixels(a, b image.Image) image.Rectangle {
	var r image.Rectangle
	if a.Bounds() != b.Bounds() {
		panic(fmt.Sprintf("renderings differ in size: %v vs %v", a.Bounds(), b.Bounds()))
	}
	for y := a.Bounds().Min.Y; y < a.Bounds().Max.Y; y++ {
		for x := a.Bounds().Min.X; x < a.Bounds().Max.X; x++ {
			r1, g1, b1, _ := a.At(x, y).RGBA()
			r2, g2, b2, _ := b.At(x, y).RGBA()
			if r1 != r2 || g1 != g2 || b1 != b2 {
				r = r.Union(image.Rect(x, y, x+1, y+1))
			}
		}
	}
	return r
}
