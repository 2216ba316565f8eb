package pdf

import (
	"bytes"
	"errors"
	"testing"
	"time"

	"clientportal/shared/testpdf"
)

// FuzzIntake checks that no upload makes Intake panic or return anything
// but an Info or a Refusal.
func FuzzIntake(f *testing.F) {
	good := testpdf.Pages(2)
	crop := [4]float64{10, 10, 300, 300}
	f.Add(good)
	f.Add(good[:len(good)/2])
	f.Add(testpdf.Build(testpdf.Page{Media: [4]float64{0, 0, 595, 842}, Crop: &crop, Rotate: 90}))
	f.Add([]byte("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF"))
	f.Add([]byte("<html>%PDF-</html>"))
	f.Add(bytes.Replace(good, []byte("/Count 2"), []byte("/Count -9"), 1))
	f.Fuzz(func(t *testing.T, data []byte) {
		done := make(chan struct{})
		var info Info
		var err error
		go func() { info, err = Intake(data, Limits{MaxBytes: 1 << 20, MaxPages: 50}); close(done) }()
		select {
		case <-done:
		case <-time.After(5 * time.Second):
			t.Fatalf("Intake hangs on this input")
		}
		var r *Refusal
		if err != nil && !errors.As(err, &r) {
			t.Fatalf("Intake returned a non-refusal error: %v", err)
		}
		if err == nil && info.PageCount() == 0 {
			t.Fatalf("accepted a PDF without pages")
		}
	})
}
