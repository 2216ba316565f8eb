package pdf

import (
	"bytes"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"

	"clientportal/shared/testpdf"
)

// bombPDF is a one-page PDF whose content stream is zeros flate-compressed:
// decoded bytes of zeros in a file of about decoded/1000 bytes.
func bombPDF(t testing.TB, decoded int64) []byte {
	t.Helper()
	var z bytes.Buffer
	w, _ := zlib.NewWriterLevel(&z, zlib.BestCompression)
	if _, err := io.CopyN(w, zeros{}, decoded); err != nil {
		t.Fatal(err)
	}
	w.Close()
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
		fmt.Sprintf("<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream", z.Len(), z.String()),
	}
	return testpdf.Objects(objs, 1)
}

type zeros struct{}

func (zeros) Read(p []byte) (int, error) { clear(p); return len(p), nil }

func TestABombWhoseStreamInflatesToHundredsOfMegabytesIsRefusedBeforeItIsStored(t *testing.T) {
	doc := bombPDF(t, 300<<20)
	if len(doc) > 1<<20 {
		t.Fatalf("the bomb is %d bytes, want under 1 MB", len(doc))
	}
	_, err := Intake(doc, Limits{})
	if !errors.Is(err, ErrExpands) || !strings.Contains(err.Error(), "expands to more than 64 MB when opened") {
		t.Fatalf("a 300 MB bomb in %d KB: %v, want the expansion refusal", len(doc)>>10, err)
	}
}

func TestStreamsThatTogetherExpandPastTheFileLimitAreRefused(t *testing.T) {
	lim := Limits{MaxStreamDecoded: 1 << 20, MaxDecoded: 3 << 20}
	if _, err := Intake(bombPDF(t, 900<<10), lim); err != nil {
		t.Fatalf("a stream under both limits was refused: %v", err)
	}
	if _, err := Intake(bombPDF(t, 2<<20), lim); !errors.Is(err, ErrExpands) || !strings.Contains(err.Error(), "more than 1 MB") {
		t.Fatalf("a stream over the per-stream limit: %v", err)
	}
	pages := make([]testpdf.Page, 0, 8)
	for i := range 8 {
		pages = append(pages, testpdf.A4(strings.Repeat(fmt.Sprint(i), 200)))
	}
	small := Limits{MaxStreamDecoded: 1 << 20, MaxDecoded: 1 << 10}
	if _, err := Intake(testpdf.Build(pages...), small); !errors.Is(err, ErrExpands) || !strings.Contains(err.Error(), "more than 1 KB") {
		t.Fatalf("eight pages over a 1 KB file limit: %v", err)
	}
}

func TestACutFileWithEOFPutBackIsRefusedAsNeedingRepair(t *testing.T) {
	doc := testpdf.Pages(3)
	cut := append(bytes.Clone(doc[:len(doc)*2/3]), []byte("\n%%EOF\n")...)
	if _, err := Intake(cut, Limits{}); !errors.Is(err, ErrDamaged) {
		t.Fatalf("a cut PDF with %%%%EOF appended: %v, want the damaged refusal", err)
	}
	moved := bytes.Replace(doc, []byte("startxref\n"), []byte("startxref\n1"), 1)
	if _, err := Intake(moved, Limits{}); !errors.Is(err, ErrDamaged) {
		t.Fatalf("a PDF whose startxref points past its cross-reference table: %v", err)
	}
	if _, err := Intake(doc, Limits{}); err != nil {
		t.Fatalf("the intact file was refused: %v", err)
	}
}
