package pdf

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"sync"
	"testing"
	"time"

	"clientportal/shared/clock"
	"clientportal/shared/testpdf"
)

var (
	identityOnce sync.Once
	identity     *Identity
)

// signedAt is when the test signer signs: a minute before the test clock's
// reading, taken once, so every date the tests check is built from it.
var signedAt = clock.Real{}.Now().Truncate(time.Second).Add(-time.Minute)

// testIdentity returns one self-signed identity shared by the tests.
func testIdentity(t testing.TB) *Identity {
	t.Helper()
	identityOnce.Do(func() {
		certPEM, keyPEM, err := NewSelfSignedCertificate("Acme Test Workspace", signedAt.Add(-time.Hour))
		if err != nil {
			t.Fatalf("self-signed certificate: %v", err)
		}
		if identity, err = LoadPEM(certPEM, keyPEM); err != nil {
			t.Fatalf("load PEM: %v", err)
		}
	})
	return identity
}

func sealRequest(t testing.TB, doc []byte, name string, fields ...Field) SealRequest {
	at := signedAt
	return SealRequest{
		Original: doc, DocumentID: "doc_7f3a", Title: "Service agreement 100% final",
		SignerName: name, SignerEmail: "signer@example.com", SignedAt: at, Fields: fields,
		Identity: testIdentity(t),
		Audit: []AuditEvent{
			{At: at.Add(-time.Hour), Action: "sent", Actor: "owner@example.com", IP: "127.0.0.1", UserAgent: "PortalDesktop/1.0"},
			{At: at, Action: "signed", Actor: "signer@example.com", IP: "127.0.0.2", UserAgent: `Mozilla/5.0 (X11; Linux x86_64) \n %p`},
		},
	}
}

func seal(t *testing.T, req SealRequest) []byte {
	t.Helper()
	out, err := testSealer.Seal(context.Background(), req)
	if err != nil {
		t.Fatalf("Seal: %v", err)
	}
	return out
}

func TestSealedCopyPassesPopplerAndQpdfChecks(t *testing.T) {
	doc := testpdf.Pages(3)
	out := seal(t, sealRequest(t, doc, "Alice Example",
		Field{Kind: FieldSignature, Page: 3, X: 0.55, Y: 0.8, W: 0.35, H: 0.07},
		Field{Kind: FieldDate, Page: 3, X: 0.1, Y: 0.8, W: 0.3, H: 0.04}))

	if s, err := runTool(t, out, "pdfsig", "{}"); err != nil || !strings.Contains(s, "Signature is Valid") {
		t.Errorf("pdfsig does not report a valid signature (err %v):\n%s", err, s)
	}
	if s, err := runTool(t, out, "qpdf", "--check", "{}"); err != nil {
		t.Errorf("qpdf --check fails: %v\n%s", err, s)
	}
	if s, _ := runTool(t, out, "pdfinfo", "{}"); !strings.Contains(s, "Pages:           4") {
		t.Errorf("page count is not original+1:\n%s", s)
	}
	last, _ := runTool(t, out, "pdftotext", "-f", "4", "-l", "4", "{}", "-")
	sum := sha256.Sum256(doc)
	for _, want := range []string{"Alice Example", hex.EncodeToString(sum[:]), "doc_7f3a", "signer@example.com",
		"Service agreement 100% final", signedAt.Format(time.DateTime), "127.0.0.2", "Mozilla/5.0 (X11; Linux x86_64) n % p"} {
		if !strings.Contains(last, want) {
			t.Errorf("certificate page lacks %q:\n%s", want, last)
		}
	}
	page3, _ := runTool(t, out, "pdftotext", "-f", "3", "-l", "3", "{}", "-")
	if !strings.Contains(page3, "Alice Example") || !strings.Contains(page3, signedAt.Format(time.DateOnly)) {
		t.Errorf("page 3 lacks the typed signature or the date:\n%s", page3)
	}
}
