package documents_test

import (
	"bytes"
	"encoding/base64"
	"image"
	"image/color"
	"image/png"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"clientportal/server/internal/storetest"
	"clientportal/shared/api"
)

// signaturePNG draws a short stroke, like a signature pad's export.
func signaturePNG(t *testing.T) []byte {
	t.Helper()
	img := image.NewNRGBA(image.Rect(0, 0, 300, 100))
	for x := 20; x < 280; x++ {
		y := 50 + (x%40 - 20)
		img.Set(x, y, color.NRGBA{0, 0, 80, 255})
		img.Set(x, y+1, color.NRGBA{0, 0, 80, 255})
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func signForm(t *testing.T) url.Values {
	return url.Values{"name": {"Jane Doe"}, "mode": {"draw"}, "consent": {"yes"},
		"signature": {"data:image/png;base64," + base64.StdEncoding.EncodeToString(signaturePNG(t))}}
}

func TestSignedDocumentGetsExactlyOneSealedFinalCopyEvenWhenSignIsPressedTwice(t *testing.T) {
	for _, dialect := range storetest.Dialects {
		t.Run(dialect, func(t *testing.T) {
			p := newPortal(t, dialect)
			jane := p.contact(p.acme.Token, "jane@example.com", "Jane Doe")
			orig := contractPDF()
			d := p.sentDocument(p.acme.Token, "Service agreement", jane, orig)
			if d.Status != api.DocumentSent || d.SentAt == nil {
				t.Fatalf("after send the document is %q (sent_at %v), want sent", d.Status, d.SentAt)
			}

			b := p.browser("acme.localhost:8080")
			if a := b.openLink(p.signLink("jane@example.com")); a.status != http.StatusSeeOther || a.header.Get("Location") != "/documents/"+d.ID {
				t.Fatalf("the email's link answered %d to %q, want a redirect to the document", a.status, a.header.Get("Location"))
			}
			page := b.request("GET", "/documents/"+d.ID, nil)
			if page.status != http.StatusOK || !strings.Contains(page.text(), "Service agreement") || !strings.Contains(page.text(), "I agree to sign electronically") {
				t.Fatalf("document page %d: %.500s", page.status, page.text())
			}
			b.request("GET", "/documents/"+d.ID, nil) // a second view records nothing more
			first := b.post("/documents/"+d.ID, "/documents/"+d.ID+"/sign", signForm(t))
			second := b.post("/documents/"+d.ID, "/documents/"+d.ID+"/sign", signForm(t))
			if first.status != http.StatusSeeOther || second.status != http.StatusSeeOther {
				t.Fatalf("sign answered %d then %d (%.300s), want two redirects to the page", first.status, second.status, second.text())
			}
			if got := b.request("GET", "/documents/"+d.ID, nil).text(); !strings.Contains(got, "Finishing your signed copy") {
				t.Fatalf("after signing the page does not say it is finishing: %.400s", got)
			}
			p.runJobs()

			d = p.document(p.acme.Token, d.ID)
			if d.Status != api.DocumentCompleted || d.FinalSHA256 == "" || d.CompletedAt == nil {
				t.Fatalf("after the seal job the document is %q with final %q", d.Status, d.FinalSHA256)
			}
			if n := countActions(d, "signed"); n != 1 {
				t.Errorf("audit has %d signed entries, want 1: %+v", n, d.Audit)
			}
			if n := countActions(d, "viewed"); n != 1 {
				t.Errorf("audit has %d viewed entries, want 1", n)
			}
			if n := countActions(d, "sealed"); n != 1 {
				t.Errorf("audit has %d sealed entries, want 1 (one final copy)", n)
			}

			final := b.request("GET", "/documents/"+d.ID+"/download", nil)
			if final.status != http.StatusOK || final.header.Get("Content-Type") != "application/pdf" ||
				!strings.HasPrefix(final.header.Get("Content-Disposition"), `attachment; filename="Service agreement (signed).pdf"`) {
				t.Fatalf("download: %d %q %q", final.status, final.header.Get("Content-Type"), final.header.Get("Content-Disposition"))
			}
			checkFinalCopy(t, final.body, orig, "Jane Doe")
			owner := p.apiReq("GET", "/api/v1/documents/"+d.ID+"/final", p.acme.Token, nil, "")
			if !bytes.Equal(owner.body, final.body) {
				t.Fatal("the owner's final copy differs from the client's")
			}
			if es := p.emailsTo("jane@example.com"); !strings.Contains(es[len(es)-1].TextBody, "/documents/"+d.ID+"/download") {
				t.Errorf("the signer's last email has no download link: %q", es[len(es)-1].TextBody)
			}
			if es := p.emailsTo("owner@acme.test"); len(es) == 0 || !strings.Contains(es[len(es)-1].Subject, "Jane Doe signed") {
				t.Errorf("the owner was not told the document is signed: %+v", es)
			}
		})
	}
}

func countActions(d api.Document, action string) int {
	n := 0
	for _, a := range d.Audit {
		if a.Action == action {
			n++
		}
	}
	return n
}
