package pdf

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"

	"clientportal/server/internal/i18n"
	"clientportal/server/internal/pdf/rtl"
)

// Layout of the certificate of completion (A4, points from the top-left).
const (
	certLeft       = 50.0
	certRight      = 545.0 // right-to-left lines end here
	certTop        = 60.0
	certLineHeight = 15.0
	certLinesPage  = 46
	certUAChars    = 60
)

// certLine is one line of the certificate.
type certLine struct {
	text string
	size float64
	gap  float64 // extra space above the line
}

// certificateLines returns the certificate's text in the client's language
// (req.Language) with times in their zone (req.Zone), user text made plain.
func (s *Sealer) certificateLines(req *SealRequest) []certLine {
	z, loc := s.Localizer(req.Language), zoneOrUTC(req.Zone)
	sum := sha256.Sum256(req.Original)
	lines := []certLine{
		{text: z.T("pdf.certificate.title"), size: 18},
		{text: z.T("pdf.certificate.document", "Title", value(req.Title)), size: 11, gap: 12},
		{text: z.T("pdf.certificate.document_id", "ID", value(req.DocumentID)), size: 10},
	}
	lines = append(lines, signerLines(z, loc, req)...)
	lines = append(lines, []certLine{
		{text: z.T("pdf.certificate.original_sha256"), size: 10, gap: 8},
		{text: hex.EncodeToString(sum[:]), size: 9},
		{text: z.T("pdf.certificate.events", "Zone", value(loc.String())), size: 12, gap: 12},
	}...)
	for _, e := range req.Audit {
		lines = append(lines, eventLines(z, loc, e)...)
	}
	return append(lines, certLine{text: z.T("pdf.certificate.footer"), size: 8, gap: 12})
}

// value is user text as a message's value: plain, and isolated so that it
// keeps its own direction inside a line of the other (a code in Arabic).
func value(s string) string { return rtl.Isolate(plainText(s)) }

// CertifiedSigner is one signer as the certificate lists them.
type CertifiedSigner struct {
	Name, Email string
	SignedAt    time.Time
}

// signerLines names every signer, or the request's one signer.
func signerLines(z *i18n.Localizer, loc *time.Location, req *SealRequest) []certLine {
	if len(req.Signers) == 0 {
		return []certLine{{text: z.T("pdf.certificate.signer", "Name", value(req.SignerName)), size: 11},
			{text: z.T("pdf.certificate.signer_email", "Email", value(req.SignerEmail)), size: 10}}
	}
	lines := []certLine{{text: z.N("pdf.certificate.signers", len(req.Signers)), size: 11, gap: 4}}
	for i, sg := range req.Signers {
		lines = append(lines, certLine{text: z.T("pdf.certificate.signer_line", "Number", z.Number(i+1), "Name", value(sg.Name),
			"Email", value(sg.Email), "Time", rtl.Isolate(z.DateTime(sg.SignedAt.In(loc)))), size: 10})
	}
	return lines
}

// actionIDs name the audit trail's actions; an action not listed shows as
// it is.
// i18n: pdf.action.uploaded pdf.action.sent pdf.action.opened pdf.action.viewed pdf.action.signed pdf.action.declined
// i18n: pdf.action.sealed pdf.action.downloaded pdf.action.voided pdf.action.expired pdf.action.extended pdf.action.reminded
var actionIDs = map[string]string{
	"uploaded": "pdf.action.uploaded", "sent": "pdf.action.sent", "opened": "pdf.action.opened",
	"viewed": "pdf.action.viewed", "signed": "pdf.action.signed", "declined": "pdf.action.declined",
	"sealed": "pdf.action.sealed", "downloaded": "pdf.action.downloaded", "voided": "pdf.action.voided",
	"expired": "pdf.action.expired", "extended": "pdf.action.extended", "reminded": "pdf.action.reminded",
}

// actorIDs name the actors that are not people.
// i18n: pdf.actor.owner pdf.actor.portal
var actorIDs = map[string]string{"owner": "pdf.actor.owner", "portal": "pdf.actor.portal"}

// eventLines returns the two lines of one audit event: when in the
// client's zone, what and who; then the exact time in UTC, the IP address
// and the browser.
func eventLines(z *i18n.Localizer, loc *time.Location, e AuditEvent) []certLine {
	action := plainText(e.Action)
	if id, ok := actionIDs[e.Action]; ok {
		action = z.T(id)
	}
	at := rtl.Isolate(z.DateTime(e.At.In(loc)))
	head := z.T("pdf.certificate.event", "Time", at, "Action", action)
	if e.Actor != "" {
		actor := value(e.Actor)
		if id, ok := actorIDs[e.Actor]; ok {
			actor = z.T(id)
		}
		head = z.T("pdf.certificate.event_by", "Time", at, "Action", action, "Actor", actor)
	}
	detail := []string{rtl.Isolate(e.At.UTC().Format(time.DateTime) + " UTC")}
	if e.IP != "" {
		detail = append(detail, z.T("pdf.certificate.ip", "IP", value(e.IP)))
	}
	if e.UserAgent != "" {
		detail = append(detail, z.T("pdf.certificate.user_agent", "Agent", rtl.Isolate(truncate(plainText(e.UserAgent), certUAChars))))
	}
	return []certLine{{text: head, size: 9, gap: 4}, {text: strings.Join(detail, "  ·  "), size: 8}}
}

// appendCertificate creates the certificate pages and appends them to pdf.
func (s *Sealer) appendCertificate(pdf *model.Context, req *SealRequest) error {
	z := s.Localizer(req.Language)
	layout, used := s.certificateSpec(s.certificateLines(req), z.RTL)
	spec, err := json.Marshal(layout)
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
	if err := s.fonts.fixToUnicode(cert, used); err != nil {
		return fmt.Errorf("certificate: %w", err)
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
	Align string     `json:"align,omitempty"`
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

// certificateSpec lays lines out on as many A4 pages as they need, from
// the right margin in a right-to-left language; a line too wide for the
// page continues on the next. It also returns the characters each font draws.
func (s *Sealer) certificateSpec(lines []certLine, rtlPage bool) (map[string]any, drawnRunes) {
	pages, used := map[string]*jsonPage{}, drawnRunes{}
	nr, y, onPage := 1, certTop, 0
	for _, l := range lines {
		for i, text := range s.wrapLine(l.text, l.size, certRight-certLeft, rtlPage) {
			if onPage == certLinesPage {
				nr, y, onPage = nr+1, certTop, 0
			}
			if pages[strconv.Itoa(nr)] == nil {
				pages[strconv.Itoa(nr)] = &jsonPage{}
			}
			if i == 0 {
				y += l.gap
			}
			jt := jsonText{Value: text, Pos: [2]float64{certLeft, y},
				Font: jsonFont{Name: s.fonts.pick(text, textFonts), Size: l.size, Color: "#000000"}}
			if rtlPage {
				jt.Pos[0], jt.Align = certRight, "right"
			}
			used.add(jt.Font.Name, text)
			p := pages[strconv.Itoa(nr)]
			p.Content.Text = append(p.Content.Text, jt)
			y += max(certLineHeight, l.size+6)
			onPage++
		}
	}
	return map[string]any{"paper": "A4P", "origin": "UpperLeft", "pages": pages}, used
}
