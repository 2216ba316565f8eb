package ui

import (
	"os"
	"path/filepath"
	"testing"

	"clientportal/shared/testpdf"
)

// writeOnePagePDF writes a small valid A4 PDF with one line of text.
func writeOnePagePDF(t *testing.T, text string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "agreement.pdf")
	if err := os.WriteFile(path, testpdf.Text(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func readFile(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
