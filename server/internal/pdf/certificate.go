package pdf

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strconv"
	"time"

	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
)

// Layout of the certificate of completion (A4, points from the top-left).
const (
	certLeft       = 50.0
	certTop        = 60.0
	certLineHeight = 15.0
	certLinesPage  = 46
	certUAChars    = 95
)

// certLine is one line of the certificate.
type certLine struct {
	text string
	size float64
	gap  float64 // extra space above the line
}

// certificateLines returns the certificate's text, user text made plain.
func certificateLines(req *SealRequest) []certLine {
	sum := sha256.Sum256(req.Original)
	lines := []certLine{
		{text: "Certificate of completion", size: 18},
		{text: "Document: " + plainText(req.Title), size: 11, gap: 12},
		{text: "Document ID: " + plainText(req.DocumentID), size: 10},
	}
	lines = append(lines, signerLines(req)...)
	lines = append(lines, []certLine{
		{text: "SHA-256 of the original document:", size: 10, gap: 8},
		{text: hex.EncodeToString(sum[:]), size: 9},
		{text: "Events (UTC)", size: 12, gap: 12},
	}...)
	for _, e := range req.Audit {
		lines = append(lines, eventLines(e)...)
	}
	return append(lines, certLine{
		text: "This copy carries a digital signature; any change made to it after signing breaks that signature.",
		size: 8, gap: 12,
	})
}

// CertifiedSigner is one signer as the certificate lists them.
type CertifiedSigner struct {
	Name, Email string
	SignedAt    time.Time
}

// signerLines names every signer, or the request's one signer.
func signerLines(req *SealRequest) []certLine {
	if len(req.Signers) == 0 {
		return []certLine{{text: "Signer: " + plainText(req.SignerName), size: 11},
			{text: "Signer email: " + plainText(req.SignerEmail), size: 10}}
	}
	lines := []certLine{{text: fmt.Sprintf("Signers (%d)", len(req.Signers)), size: 11, gap: 4}}
	for i, sg := range req.Signers {
		lines = append(lines, certLine{text: fmt.Sprintf("%d. %s <%s>, signed %s UTC", i+1, plainText(sg.Name),
			plainText(sg.Email), sg.SignedAt.UTC().Format("2006-01-02 15:04:05")), size: 10})
	}
	return lines
}

// eventLines returns the two lines of one audit event.
func eventLines(e AuditEvent) []certLine {
	head := fmt.Sprintf("%s  %s", e.At.UTC().Format("2006-01-02 15:04:05"), plainText(e.Action))
	if e.Actor != "" {
		head += "  by " + plainText(e.Actor)
	}
	if e.IP != "" {
		head += "  IP " + plainText(e.IP)
	}
	ua := "User agent: " + truncate(plainText(e.UserAgent), certUAChars)
	return []certLine{{text: head, size: 9, gap: 4}, {text: ua, size: 8}}
}

// appendCertificate creates the certificate pages and appends them to pdf.
func (s *Sealer) appendCertificate(pdf *model.Context, req *SealRequest) error {
	spec, err := json.Marshal(s.certificateSpec(certificateLines(req)))
	if err != nil {
		return fmt.Errorf("certificate layout: %w", err)
	}
	var out bytes.Buffer
	if err := api.Create(nil, bytes.NewReader(spec), &out, newConfig()); err != nil {
		return fmt.Errorf("create certificate: %w", err)
	}
	cert, err := api.ReadAndValidate(bytes.NewReader(out.Bytes()), newConfig())
	if err != nil {
		return fmt.Errorf("read certificate: %w", err)
	}
	if err := pdfcpu.MergeXRefTables("certificate", cert, pdf, false, false); err != nil {
		return fmt.Errorf("append certificate: %w", err)
	}
	return nil
}

// jsonText, jsonFont and jsonPage are the parts of pdfcpu's create JSON
// the certificate uses.
type jsonText struct {
	Value string     `json:"value"`
	Pos   [2]float64 `json:"pos"`
	Font  jsonFont   `json:"font"`
}

type jsonFont struct {
	Name  string  `json:"name"`
	Size  float64 `json:"size"`
	Color string  `json:"col"`
}

type jsonPage struct {
	Content struct {
		Text []jsonText `json:"text"`
	} `json:"content"`
}

// certificateSpec lays lines out on as many A4 pages as they need.
func (s *Sealer) certificateSpec(lines []certLine) map[string]any {
	pages := map[string]*jsonPage{}
	nr, y, onPage := 1, certTop, 0
	for _, l := range lines {
		if onPage == certLinesPage {
			nr, y, onPage = nr+1, certTop, 0
		}
		if pages[strconv.Itoa(nr)] == nil {
			pages[strconv.Itoa(nr)] = &jsonPage{}
		}
		y += l.gap
		p := pages[strconv.Itoa(nr)]
		p.Content.Text = append(p.Content.Text, jsonText{
			Value: l.text,
			Pos:   [2]float64{certLeft, y},
			Font:  jsonFont{Name: s.fonts.pick(l.text, textFonts), Size: l.size, Color: "#000000"},
		})
		y += max(certLineHeight, l.size+6)
		onPage++
	}
	return map[string]any{"paper": "A4P", "origin": "UpperLeft", "pages": pages}
}
