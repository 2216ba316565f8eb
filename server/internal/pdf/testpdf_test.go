package pdf

import (
	"bytes"
	"fmt"
)

// testPage describes a page of a generated test PDF.
type testPage struct {
	media  [4]float64
	crop   *[4]float64
	rotate int
	text   string // drawn in Helvetica at the top-left of the media box
}

func a4(text string) testPage {
	return testPage{media: [4]float64{0, 0, 595, 842}, text: text}
}

// buildPDF writes a small, valid PDF with the given pages.
func buildPDF(pages ...testPage) []byte {
	var objs []string
	add := func(s string) int { objs = append(objs, s); return len(objs) }
	catalog := add("") // filled below
	tree := add("")
	fontObj := add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
	var kids bytes.Buffer
	for _, p := range pages {
		content := fmt.Sprintf("BT /F1 12 Tf %.0f %.0f Td (%s) Tj ET", p.media[0]+20, p.media[3]-30, p.text)
		c := add(fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(content), content))
		page := fmt.Sprintf("<< /Type /Page /Parent %d 0 R /MediaBox [%s] /Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R",
			tree, nums(p.media), fontObj, c)
		if p.crop != nil {
			page += fmt.Sprintf(" /CropBox [%s]", nums(*p.crop))
		}
		if p.rotate != 0 {
			page += fmt.Sprintf(" /Rotate %d", p.rotate)
		}
		fmt.Fprintf(&kids, "%d 0 R ", add(page+" >>"))
	}
	objs[catalog-1] = fmt.Sprintf("<< /Type /Catalog /Pages %d 0 R >>", tree)
	objs[tree-1] = fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", kids.String(), len(pages))
	return writeObjects(objs, catalog)
}

func nums(v [4]float64) string {
	return fmt.Sprintf("%g %g %g %g", v[0], v[1], v[2], v[3])
}

// writeObjects serialises numbered objects with a classic xref table.
func writeObjects(objs []string, root int) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
	offsets := make([]int, len(objs))
	for i, o := range objs {
		offsets[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, off := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, root, xref)
	return b.Bytes()
}

// pagesPDF returns an A4 document of n pages, page i saying "Page i".
func pagesPDF(n int) []byte {
	pages := make([]testPage, n)
	for i := range pages {
		pages[i] = a4(fmt.Sprintf("Page %d", i+1))
	}
	return buildPDF(pages...)
}
