package pdf

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

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

// fiveSigners fills the fields of n pages for five signers, a signature,
// name and date each (twice on 200 pages), with their own drawn signature.
func fiveSigners(b *testing.B, req *SealRequest, pages int) {
	per := 3
	if pages >= 200 {
		per = 6
	}
	kinds := []FieldKind{FieldSignature, FieldName, FieldDate}
	req.Fields = nil
	for s := range 5 {
		img := signaturePNG(b)
		img = append(img[:len(img):len(img)], byte(s)) // a distinct image per signer (trailing bytes are ignored)
		at := req.SignedAt.Add(time.Duration(s) * time.Hour)
		req.Signers = append(req.Signers, CertifiedSigner{Name: fmt.Sprintf("Signer %d", s+1), Email: fmt.Sprintf("signer%d@example.com", s+1), SignedAt: at})
		req.Audit = append(req.Audit, AuditEvent{At: at, Action: "signed", Actor: fmt.Sprintf("signer%d@example.com", s+1), IP: "127.0.0.1", UserAgent: "Mozilla/5.0"})
		for k := range per {
			i := s*per + k
			f := Field{Kind: kinds[k%3], Page: 1 + i*pages/(5*per), X: 0.05 + float64(s%2)*0.5, Y: 0.05 + float64(k%3)*0.1 + float64(s/2)*0.3, W: 0.35, H: 0.07}
			switch f.Kind {
			case FieldSignature:
				f.Image = img
			case FieldName:
				f.Text = req.Signers[s].Name
			default:
				f.Text = at.Format(dateLayout)
			}
			req.Fields = append(req.Fields, f)
		}
	}
}

func BenchmarkSealFiveSigners(b *testing.B) {
	for _, pages := range []int{1, 20, 200} {
		b.Run(fmt.Sprintf("pages=%d", pages), func(b *testing.B) {
			req := sealRequest(b, textPages(pages), "Signer 1")
			fiveSigners(b, &req, pages)
			b.ReportAllocs()
			for b.Loop() {
				if _, err := testSealer.Seal(context.Background(), req); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
