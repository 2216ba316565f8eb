package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"time"

	"clientportal/server/internal/pdf"

	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
)

// Sizes are the page counts of the benchmark inputs.
var Sizes = []int{1, 20, 200}

// SignerCount is how many people sign each benchmark document.
const SignerCount = 5

// Job is one benchmark input as both implementations read it.
type Job struct {
	Pages      int              `json:"pages"`
	Title      string           `json:"title"`
	DocumentID string           `json:"document_id"`
	Signers    []JobSigner      `json:"signers"`
	SHA256     string           `json:"sha256"`
	Fields     []JobField       `json:"fields"`
	Audit      []pdf.AuditEvent `json:"audit"`
}

// JobSigner is one signer: the name and date stamped in their fields and
// their drawn signature, sig-N.png.
type JobSigner struct {
	Name     string    `json:"name"`
	Email    string    `json:"email"`
	SignedAt time.Time `json:"signed_at"`
	Date     string    `json:"date"`
}

// JobField is a field at page-relative fractions, filled by Signer (an index
// into Signers).
type JobField struct {
	Kind   pdf.FieldKind `json:"kind"`
	Page   int           `json:"page"`
	X      float64       `json:"x"`
	Y      float64       `json:"y"`
	W      float64       `json:"w"`
	H      float64       `json:"h"`
	Signer int           `json:"signer"`
}

// fieldsPerSigner is how many fields each signer fills: a signature, name
// and date on the short inputs, twice that on the 200-page one.
func fieldsPerSigner(pages int) int {
	if pages >= 200 {
		return 6
	}
	return 3
}

func newJob(pages int, original []byte) Job {
	at := time.Date(2025, 3, 4, 10, 20, 30, 0, time.UTC)
	sum := sha256.Sum256(original)
	j := Job{Pages: pages, Title: fmt.Sprintf("Agreement of %d pages", pages), DocumentID: "doc_bench",
		SHA256: hex.EncodeToString(sum[:])}
	names := []string{"Alice Example", "Bruno Díaz", "Chen Wei", "Dana Lee", "Emeka Obi"}
	for i := range SignerCount {
		signed := at.Add(time.Duration(i) * time.Hour)
		j.Signers = append(j.Signers, JobSigner{Name: names[i%len(names)], Email: fmt.Sprintf("signer%d@example.com", i+1),
			SignedAt: signed, Date: signed.Format("2006-01-02")})
	}
	kinds := []pdf.FieldKind{pdf.FieldSignature, pdf.FieldName, pdf.FieldDate}
	n := fieldsPerSigner(pages) * SignerCount
	for i := range n {
		page := 1 + i*pages/n
		s := i / fieldsPerSigner(pages)
		x := 0.05 + float64(s%2)*0.5
		y := 0.05 + float64(i%3)*0.1 + float64(s/2)*0.3
		j.Fields = append(j.Fields, JobField{Kind: kinds[i%3], Page: page, X: x, Y: y, W: 0.35, H: 0.07, Signer: s})
	}
	for _, s := range j.Signers {
		for _, a := range []string{"sent", "viewed", "signed"} {
			j.Audit = append(j.Audit, pdf.AuditEvent{At: s.SignedAt, Action: a, Actor: s.Email, IP: "127.0.0.1",
				UserAgent: "Mozilla/5.0 (X11; Linux x86_64) Benchmark/1.0"})
		}
	}
	return j
}

// generate writes in-N.pdf, job-N.json for every size, and each signer's
// sig-N.png.
func generate(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("make %s: %w", dir, err)
	}
	for i := range SignerCount {
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("sig-%d.png", i)), signaturePNG(i), 0o644); err != nil {
			return fmt.Errorf("write sig-%d.png: %w", i, err)
		}
	}
	if err := api.EnsureDefaultConfigAt(filepath.Join(dir, "config")); err != nil {
		return fmt.Errorf("pdf config: %w", err)
	}
	for _, n := range Sizes {
		if err := generateSize(dir, n); err != nil {
			return err
		}
	}
	return nil
}

func generateSize(dir string, n int) error {
	doc, err := textDocument(n)
	if err != nil {
		return fmt.Errorf("make %d-page input: %w", n, err)
	}
	job, err := json.MarshalIndent(newJob(n, doc), "", "  ")
	if err != nil {
		return fmt.Errorf("job %d: %w", n, err)
	}
	if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("in-%d.pdf", n)), doc, 0o644); err != nil {
		return fmt.Errorf("write input: %w", err)
	}
	return os.WriteFile(filepath.Join(dir, fmt.Sprintf("job-%d.json", n)), job, 0o644)
}

// textDocument returns n A4 pages of running text, like a contract.
func textDocument(n int) ([]byte, error) {
	para := strings.Repeat("The parties agree to the terms set out in this agreement. ", 2)
	pages := map[string]any{}
	for p := 1; p <= n; p++ {
		var lines []map[string]any
		for l := range 40 {
			lines = append(lines, map[string]any{"value": fmt.Sprintf("%d.%d %s", p, l+1, para),
				"pos": []float64{50, 60 + float64(l)*18}, "font": map[string]any{"name": "Times-Roman", "size": 10}})
		}
		pages[fmt.Sprint(p)] = map[string]any{"content": map[string]any{"text": lines}}
	}
	spec, err := json.Marshal(map[string]any{"paper": "A4P", "origin": "UpperLeft", "pages": pages})
	if err != nil {
		return nil, err
	}
	var out bytes.Buffer
	err = api.Create(nil, bytes.NewReader(spec), &out, model.NewDefaultConfiguration())
	return out.Bytes(), err
}

// signaturePNG draws signer n's 600x200 zig-zag, about the size of a drawn
// signature; each signer's differs.
func signaturePNG(n int) []byte {
	img := image.NewNRGBA(image.Rect(0, 0, 600, 200))
	for x := 20; x < 580; x++ {
		y := 40 + (x*(3+n))%120
		for d := range 5 {
			img.Set(x, y+d, color.NRGBA{0x10, 0x20, 0x60, 0xff})
		}
	}
	var b bytes.Buffer
	_ = png.Encode(&b, img)
	return b.Bytes()
}
