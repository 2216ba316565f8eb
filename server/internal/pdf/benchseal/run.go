package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"time"

	"clientportal/server/internal/pdf"
)

// run seals in-N.pdf runs times after a warm-up and prints the median
// milliseconds and the output size as "go <pages> <ms> <bytes>".
func run(dir string, pages, runs int, fonts string) error {
	req, err := loadRequest(dir, pages)
	if err != nil {
		return err
	}
	cfg, err := os.MkdirTemp("", "benchseal-")
	if err != nil {
		return fmt.Errorf("config dir: %w", err)
	}
	defer os.RemoveAll(cfg)
	sealer, err := pdf.NewSealer(cfg, os.DirFS(fonts))
	if err != nil {
		return err
	}
	var out []byte
	times := make([]float64, 0, runs)
	for i := range runs + 1 {
		start := time.Now()
		if out, err = sealer.Seal(context.Background(), req); err != nil {
			return err
		}
		if i > 0 {
			times = append(times, float64(time.Since(start).Microseconds())/1000)
		}
	}
	slices.Sort(times)
	fmt.Printf("go %d %.1f %d\n", pages, times[len(times)/2], len(out))
	return os.WriteFile(filepath.Join(dir, fmt.Sprintf("out-go-%d.pdf", pages)), out, 0o644)
}

// loadRequest reads the job and input of one size into a SealRequest
// signed by a fresh self-signed certificate.
func loadRequest(dir string, pages int) (pdf.SealRequest, error) {
	var job Job
	raw, err := os.ReadFile(filepath.Join(dir, fmt.Sprintf("job-%d.json", pages)))
	if err == nil {
		err = json.Unmarshal(raw, &job)
	}
	if err != nil {
		return pdf.SealRequest{}, fmt.Errorf("read job %d: %w", pages, err)
	}
	doc, err := os.ReadFile(filepath.Join(dir, fmt.Sprintf("in-%d.pdf", pages)))
	if err != nil {
		return pdf.SealRequest{}, fmt.Errorf("read input: %w", err)
	}
	req := pdf.SealRequest{Original: doc, DocumentID: job.DocumentID, Title: job.Title, Audit: job.Audit}
	if err := addSigners(dir, job, &req); err != nil {
		return pdf.SealRequest{}, err
	}
	certPEM, keyPEM, err := pdf.NewSelfSignedCertificate("Benchmark Workspace", time.Now())
	if err != nil {
		return pdf.SealRequest{}, err
	}
	id, err := pdf.LoadPEM(certPEM, keyPEM)
	if err != nil {
		return pdf.SealRequest{}, err
	}
	req.Identity = id
	return req, nil
}

// addSigners fills each field with its own signer's signature, name or
// date and lists every signer for the certificate, as a document with
// several signers is sealed.
func addSigners(dir string, job Job, req *pdf.SealRequest) error {
	images := make([][]byte, len(job.Signers))
	for i, s := range job.Signers {
		png, err := os.ReadFile(filepath.Join(dir, fmt.Sprintf("sig-%d.png", i)))
		if err != nil {
			return fmt.Errorf("read signature %d: %w", i, err)
		}
		images[i] = png
		req.Signers = append(req.Signers, pdf.CertifiedSigner{Name: s.Name, Email: s.Email, SignedAt: s.SignedAt})
	}
	last := job.Signers[len(job.Signers)-1]
	req.SignerName, req.SignerEmail, req.SignedAt = job.Signers[0].Name, job.Signers[0].Email, last.SignedAt
	for _, f := range job.Fields {
		pf := pdf.Field{Kind: f.Kind, Page: f.Page, X: f.X, Y: f.Y, W: f.W, H: f.H}
		switch s := job.Signers[f.Signer]; f.Kind {
		case pdf.FieldSignature:
			pf.Image = images[f.Signer]
		case pdf.FieldName:
			pf.Text = s.Name
		default:
			pf.Text = s.Date
		}
		req.Fields = append(req.Fields, pf)
	}
	return nil
}
