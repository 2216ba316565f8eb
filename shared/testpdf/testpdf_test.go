package testpdf_test

import (
	"bytes"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"clientportal/shared/testpdf"
)

func TestPagesMakesAPDFThatPopplerReadsWithEveryPageAndItsText(t *testing.T) {
	path := filepath.Join(t.TempDir(), "three.pdf")
	if err := writeFile(path, testpdf.Pages(3)); err != nil {
		t.Fatal(err)
	}
	info, err := exec.Command("pdfinfo", path).CombinedOutput()
	if err != nil {
		t.Fatalf("pdfinfo: %v\n%s", err, info)
	}
	if !strings.Contains(string(info), "Pages:           3") {
		t.Fatalf("pdfinfo does not see 3 pages:\n%s", info)
	}
	text, err := exec.Command("pdftotext", "-f", "2", "-l", "2", path, "-").CombinedOutput()
	if err != nil || !strings.Contains(string(text), "Page 2") {
		t.Fatalf("page 2 does not say Page 2 (%v):\n%s", err, text)
	}
}

func TestBuildWritesCropBoxAndRotation(t *testing.T) {
	crop := [4]float64{10, 10, 300, 400}
	b := testpdf.Build(testpdf.Page{Media: [4]float64{0, 0, 612, 792}, Crop: &crop, Rotate: 90, Text: "Letter"})
	for _, want := range []string{"/MediaBox [0 0 612 792]", "/CropBox [10 10 300 400]", "/Rotate 90", "(Letter) Tj"} {
		if !bytes.Contains(b, []byte(want)) {
			t.Errorf("the PDF lacks %q", want)
		}
	}
}
