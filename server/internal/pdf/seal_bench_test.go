package pdf

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"clientportal/shared/testpdf"
)

// textPages returns n A4 pages of 40 lines of running text each.
func textPages(n int) []byte {
	pages := make([]testpdf.Page, n)
	line := strings.Repeat("The parties agree to the terms set out in this agreement. ", 2)
	for i := range pages {
		var b strings.Builder
		for l := range 40 {
			fmt.Fprintf(&b, ") Tj 0 -18 Td (%d.%d %s", i+1, l+1, line)
		}
		pages[i] = testpdf.A4(b.String())
	}
	return testpdf.Build(pages...)
}

// benchFields spreads n fields (signature, name, date in turn) over pages.
func benchFields(pages, n int) []Field {
	kinds := []FieldKind{FieldSignature, FieldName, FieldDate}
	fields := make([]Field, n)
	for i := range fields {
		fields[i] = Field{Kind: kinds[i%3], Page: 1 + i*pages/n, X: 0.55, Y: 0.1 + float64(i%3)*0.3, W: 0.35, H: 0.07}
	}
	return fields
}

func BenchmarkSeal(b *testing.B) {
	for _, c := range []struct{ pages, fields int }{{1, 3}, {20, 3}, {200, 20}} {
		b.Run(fmt.Sprintf("pages=%d", c.pages), func(b *testing.B) {
			req := sealRequest(b, textPages(c.pages), "Alice Example", benchFields(c.pages, c.fields)...)
			req.SignatureImage = signaturePNG(b)
			b.ReportAllocs()
			for b.Loop() {
				if _, err := testSealer.Seal(context.Background(), req); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
