package pdf

import (
	"bytes"
	"errors"
	"testing"

	"clientportal/shared/testpdf"

	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
)

func encrypt(t *testing.T, doc []byte, userPW, ownerPW string) []byte {
	t.Helper()
	var out bytes.Buffer
	conf := model.NewAESConfiguration(userPW, ownerPW, 256)
	if err := api.Encrypt(bytes.NewReader(doc), &out, conf); err != nil {
		t.Fatalf("encrypt test PDF: %v", err)
	}
	return out.Bytes()
}

func TestIntakeAcceptsPlainPDFAndReportsVisiblePages(t *testing.T) {
	crop := [4]float64{100, 200, 400, 600}
	doc := testpdf.Build(testpdf.A4("one"),
		testpdf.Page{Media: [4]float64{0, 0, 595, 842}, Rotate: 90, Text: "two"},
		testpdf.Page{Media: [4]float64{0, 0, 595, 842}, Crop: &crop, Text: "three"})
	info, err := Intake(doc, Limits{})
	if err != nil {
		t.Fatalf("Intake: %v", err)
	}
	want := []PageInfo{{595, 842, 0}, {842, 595, 90}, {300, 400, 0}}
	if info.PageCount() != len(want) {
		t.Fatalf("page count = %d, want %d", info.PageCount(), len(want))
	}
	for i, w := range want {
		if info.Pages[i] != w {
			t.Errorf("page %d = %+v, want %+v", i+1, info.Pages[i], w)
		}
	}
}

func TestIntakeRefusesEachBadUploadWithItsOwnError(t *testing.T) {
	good := testpdf.Pages(3)
	cases := []struct {
		name string
		data []byte
		lim  Limits
		want error
	}{
		{"empty", nil, Limits{}, ErrNotPDF},
		{"garbage", bytes.Repeat([]byte{0x8f, 0x01, 'x'}, 500), Limits{}, ErrNotPDF},
		{"html renamed", []byte("<!doctype html><html><body>%PDF invoice</body></html>"), Limits{}, ErrNotPDF},
		{"truncated", good[:len(good)*2/3], Limits{}, ErrDamaged},
		{"header only", []byte("%PDF-1.7\n%%EOF\n"), Limits{}, ErrDamaged},
		{"user password", encrypt(t, good, "open", "owner"), Limits{}, ErrEncrypted},
		{"owner password only", encrypt(t, good, "", "owner"), Limits{}, ErrEncrypted},
		{"too many pages", testpdf.Pages(6), Limits{MaxPages: 5}, ErrTooManyPages},
		{"too large", good, Limits{MaxBytes: len(good) - 1}, ErrTooLarge},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Intake(c.data, c.lim)
			if !errors.Is(err, c.want) {
				t.Fatalf("Intake error = %v, want %v", err, c.want)
			}
			var r *Refusal
			if !errors.As(err, &r) || r.Message == "" {
				t.Fatalf("error %v carries no user message", err)
			}
		})
	}
}
