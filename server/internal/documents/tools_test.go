package documents_test

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// checkFinalCopy checks a final copy with Poppler and qpdf, as a person's
// PDF reader would: a valid digital signature, a clean structure, the
// signer's name and the original's SHA-256 on the last page, one page more.
func checkFinalCopy(t *testing.T, final, original []byte, signer string) {
	t.Helper()
	dir := t.TempDir()
	path := filepath.Join(dir, "final.pdf")
	origPath := filepath.Join(dir, "original.pdf")
	if err := os.WriteFile(path, final, 0o600); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(origPath, original, 0o600)
	if out := run(t, "pdfsig", path); !strings.Contains(out, "Signature is Valid") {
		t.Errorf("pdfsig does not say the signature is valid:\n%s", out)
	}
	if out, err := exec.Command("qpdf", "--check", path).CombinedOutput(); err != nil {
		t.Errorf("qpdf --check fails: %v\n%s", err, out)
	}
	pages, origPages := pageCount(t, path), pageCount(t, origPath)
	if pages != origPages+1 {
		t.Errorf("final copy has %d pages, want the original's %d plus the certificate", pages, origPages)
	}
	last := run(t, "pdftotext", "-f", strconv.Itoa(pages), "-l", strconv.Itoa(pages), path, "-")
	sum := sha256.Sum256(original)
	for _, want := range []string{signer, hex.EncodeToString(sum[:]), "Certificate of completion"} {
		if !strings.Contains(last, want) {
			t.Errorf("the last page does not show %q:\n%s", want, last)
		}
	}
}

var pagesLine = regexp.MustCompile(`(?m)^Pages:\s+(\d+)`)

func pageCount(t *testing.T, path string) int {
	t.Helper()
	m := pagesLine.FindStringSubmatch(run(t, "pdfinfo", path))
	if m == nil {
		t.Fatalf("pdfinfo shows no page count for %s", path)
	}
	n, _ := strconv.Atoi(m[1])
	return n
}

// run runs a tool that must be installed (make deps installs them).
func run(t *testing.T, name string, args ...string) string {
	t.Helper()
	if _, err := exec.LookPath(name); err != nil {
		t.Fatalf("%s is not installed (poppler-utils, qpdf: run `make deps`): %v", name, err)
	}
	out, err := exec.Command(name, args...).CombinedOutput()
	if err != nil && name != "pdfsig" {
		t.Fatalf("%s %v: %v\n%s", name, args, err, out)
	}
	return string(out)
}
