package pdf

import (
	"fmt"
	"image"
	"image/color"
	"strconv"
	"strings"
	"testing"

	"clientportal/shared/testpdf"
)

func TestAFieldLandsInItsBoxOnAPageWhoseContentLeavesItsCoordinatesMoved(t *testing.T) {
	// The page's own content ends with its coordinates shifted and scaled.
	doc := testpdf.Build(testpdf.A4("Body) Tj ET 2 0 0 2 150 -300 cm BT /F1 12 Tf (moved"))
	f := Field{Kind: FieldName, Page: 1, X: 0.1, Y: 0.5, W: 0.4, H: 0.06}
	info, err := Intake(doc, Limits{})
	if err != nil {
		t.Fatalf("Intake: %v", err)
	}
	want := f.points(info.Pages[0])
	boxes := wordBoxes(t, seal(t, sealRequest(t, doc, "Quincy", f)))
	got, ok := boxes["Quincy"]
	if !ok {
		t.Fatalf("stamped name not found on the page: %v", boxes)
	}
	if got[0] < want.x-1 || got[2] > want.x+want.w+1 || got[1] < want.y-1 || got[3] > want.y+want.h+1 {
		t.Errorf("name at %v, want inside x %.1f..%.1f y %.1f..%.1f", got, want.x, want.x+want.w, want.y, want.y+want.h)
	}
	if _, ok := boxes["Body"]; !ok {
		t.Errorf("the page's own text is gone: %v", boxes)
	}
}

func TestASignatureOfTwoColoursIsDrawnInItsBoxInBothColours(t *testing.T) {
	src := image.NewNRGBA(image.Rect(0, 0, 200, 60))
	for x := 10; x < 190; x++ {
		c := color.NRGBA{0x10, 0x20, 0x60, 0xff}
		if x > 100 {
			c = color.NRGBA{0xd0, 0x10, 0x10, 0xff}
		}
		for y := 25; y < 35; y++ {
			src.SetNRGBA(x, y, c)
		}
	}
	doc := testpdf.Build(testpdf.A4(""))
	f := Field{Kind: FieldSignature, Page: 1, X: 0.2, Y: 0.4, W: 0.5, H: 0.1}
	req := sealRequest(t, doc, "Quincy", f)
	req.SignatureImage = encodePNG(t, src)
	info, _ := Intake(doc, Limits{})
	before, after := render(t, doc), render(t, seal(t, req))
	got, want := changedPixels(before, after), f.points(info.Pages[0])
	if got.Empty() {
		t.Fatalf("the signature changed no pixel")
	}
	if float64(got.Min.X) < want.x-2 || float64(got.Max.X) > want.x+want.w+2 ||
		float64(got.Min.Y) < want.y-2 || float64(got.Max.Y) > want.y+want.h+2 {
		t.Errorf("signature drawn over %v, want inside x %.0f..%.0f y %.0f..%.0f", got, want.x, want.x+want.w, want.y, want.y+want.h)
	}
	var blue, red bool
	for y := got.Min.Y; y < got.Max.Y; y++ {
		for x := got.Min.X; x < got.Max.X; x++ {
			r, g, b, _ := after.At(x, y).RGBA()
			blue = blue || (b>>8 > 0x40 && r>>8 < 0x40)
			red = red || (r>>8 > 0xa0 && g>>8 < 0x40 && b>>8 < 0x40)
		}
	}
	if !blue || !red {
		t.Errorf("the signature shows blue %t, red %t; want both", blue, red)
	}
}

func TestEverySignatureOnAPageSharesOneImageWhenItIsTheSame(t *testing.T) {
	doc := testpdf.Pages(2)
	req := sealRequest(t, doc, "Quincy",
		Field{Kind: FieldSignature, Page: 1, X: 0.1, Y: 0.1, W: 0.3, H: 0.08},
		Field{Kind: FieldSignature, Page: 1, X: 0.5, Y: 0.6, W: 0.3, H: 0.08},
		Field{Kind: FieldSignature, Page: 2, X: 0.1, Y: 0.1, W: 0.3, H: 0.08})
	req.SignatureImage = signaturePNG(t)
	out, err := runTool(t, seal(t, req), "pdfimages", "-list", "{}")
	if err != nil {
		t.Fatalf("pdfimages: %v\n%s", err, out)
	}
	objects := map[string]bool{}
	for _, l := range strings.Split(out, "\n")[2:] {
		if f := strings.Fields(l); len(f) > 11 && f[2] == "image" {
			objects[f[10]] = true
		}
	}
	if len(objects) != 1 {
		t.Errorf("the signature is embedded as %d images, want 1:\n%s", len(objects), out)
	}
}

// nestedTree is two pages under an intermediate node that gives them their
// media box, rotation and font; page 2 sets a crop box of its own.
func nestedTree() []byte {
	text := "BT /F1 12 Tf 100 500 Td (Inherited) Tj ET"
	return testpdf.Objects([]string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 2 /MediaBox [0 0 595 842] >>",
		"<< /Type /Pages /Parent 2 0 R /Kids [4 0 R 5 0 R] /Count 2 /Rotate 90 /Resources << /Font << /F1 6 0 R >> >> >>",
		"<< /Type /Page /Parent 3 0 R /Contents 7 0 R >>",
		"<< /Type /Page /Parent 3 0 R /Contents 7 0 R /CropBox [50 100 545 742] >>",
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
		fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(text), text),
	}, 1)
}

func TestFieldsLandInTheirBoxesOnPagesThatInheritTheirBoxRotationAndFonts(t *testing.T) {
	doc := nestedTree()
	info, err := Intake(doc, Limits{})
	if err != nil {
		t.Fatalf("Intake: %v", err)
	}
	f1 := Field{Kind: FieldName, Page: 1, X: 0.1, Y: 0.2, W: 0.4, H: 0.08, Text: "Quincy"}
	f2 := Field{Kind: FieldName, Page: 2, X: 0.5, Y: 0.6, W: 0.4, H: 0.08, Text: "Rosalind"}
	out := seal(t, sealRequest(t, doc, "Quincy", f1, f2))
	for _, c := range []struct {
		f    Field
		word string
	}{{f1, "Quincy"}, {f2, "Rosalind"}} {
		boxes := pageWordBoxes(t, out, c.f.Page)
		got, ok := boxes[c.word]
		want := c.f.points(info.Pages[c.f.Page-1])
		if !ok {
			t.Fatalf("page %d: %q not found: %v", c.f.Page, c.word, boxes)
		}
		if got[0] < want.x-1 || got[2] > want.x+want.w+1 || got[1] < want.y-1 || got[3] > want.y+want.h+1 {
			t.Errorf("page %d: %q at %v, want inside x %.1f..%.1f y %.1f..%.1f", c.f.Page, c.word, got, want.x, want.x+want.w, want.y, want.y+want.h)
		}
		if got[2]-got[0] < got[3]-got[1] {
			t.Errorf("page %d: %q box %v is taller than wide: drawn sideways", c.f.Page, c.word, got)
		}
		if _, ok := boxes["Inherited"]; !ok {
			t.Errorf("page %d: its own text, in the inherited font, is gone: %v", c.f.Page, boxes)
		}
	}
}

// pageWordBoxes is wordBoxes for page nr.
func pageWordBoxes(t *testing.T, doc []byte, nr int) map[string][4]float64 {
	p := strconv.Itoa(nr)
	s, err := runTool(t, doc, "pdftotext", "-bbox", "-cropbox", "-f", p, "-l", p, "{}", "-")
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
