// Package testpdf writes small, valid PDFs for the tests of every module:
// pages of a chosen size, crop box and rotation, each with a line of
// Helvetica text, and a classic cross-reference table.
package testpdf

import (
	"bytes"
	"fmt"
)

// Page describes one page of a test PDF.
type Page struct {
	Media  [4]float64  // the media box, in points
	Crop   *[4]float64 // an optional crop box
	Rotate int         // degrees, a multiple of 90
	Text   string      // drawn at the top left of the media box
}

// A4 is a portrait A4 page saying text.
func A4(text string) Page { return Page{Media: [4]float64{0, 0, 595, 842}, Text: text} }

// Build writes a PDF of the pages.
func Build(pages ...Page) []byte {
	var objs []string
	add := func(s string) int { objs = append(objs, s); return len(objs) }
	catalog, tree := add(""), add("") // filled below
	font := add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
	var kids bytes.Buffer
	for _, p := range pages {
		content := fmt.Sprintf("BT /F1 12 Tf %.0f %.0f Td (%s) Tj ET", p.Media[0]+20, p.Media[3]-30, p.Text)
		c := add(fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(content), content))
		page := fmt.Sprintf("<< /Type /Page /Parent %d 0 R /MediaBox [%s] /Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R",
			tree, nums(p.Media), font, c)
		if p.Crop != nil {
			page += fmt.Sprintf(" /CropBox [%s]", nums(*p.Crop))
		}
		if p.Rotate != 0 {
			page += fmt.Sprintf(" /Rotate %d", p.Rotate)
		}
		fmt.Fprintf(&kids, "%d 0 R ", add(page+" >>"))
	}
	objs[catalog-1] = fmt.Sprintf("<< /Type /Catalog /Pages %d 0 R >>", tree)
	objs[tree-1] = fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", kids.String(), len(pages))
	return Objects(objs, catalog)
}

// Text is an A4 document whose page i says lines[i].
func Text(lines ...string) []byte {
	pages := make([]Page, len(lines))
	for i, l := range lines {
		pages[i] = A4(l)
	}
	return Build(pages...)
}

// Pages is an A4 document of n pages, page i saying "Page i".
func Pages(n int) []byte {
	lines := make([]string, n)
	for i := range lines {
		lines[i] = fmt.Sprintf("Page %d", i+1)
	}
	return Text(lines...)
}

// Objects serialises numbered objects (object i+1 is objs[i]) with a
// classic cross-reference table and root as the catalog, for tests that
// need a hand-made structure.
func Objects(objs []string, root int) []byte {
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

func nums(v [4]float64) string { return fmt.Sprintf("%g %g %g %g", v[0], v[1], v[2], v[3]) }
