package portal

import (
	"time"

	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/i18n"
	"clientportal/server/internal/web/httpx"

	"clientportal/server/internal/documents"
)

// VerifyPage is the public page that checks a PDF.
type VerifyPage struct {
	Layout
	Result *VerifyResult
	Error  string
}

// VerifyResult is a verification as people read it.
type VerifyResult struct {
	Genuine, Changed              bool
	Title, Workspace, Signer      string
	SignedAt, CompletedAt, SHA256 string
	SignatureNote                 string
	Certified                     bool
	TimestampedAt, TimestampBy    string // the RFC 3161 timestamp, when the signature carries one
	Fingerprint                   string // SHA-256 of the signing certificate
}

// showVerify is the page where anyone uploads a PDF to check it.
func (s *Server) showVerify(c *fiber.Ctx) error {
	return s.renderVerify(c, VerifyPage{Layout: s.layout(c, s.lz(c).T("documents.verify.title"))})
}

func verifyResult(z *i18n.Localizer, v documents.Verification) *VerifyResult {
	when := func(t *time.Time) string {
		if t == nil {
			return ""
		}
		return z.DateTime(t.UTC())
	}
	r := &VerifyResult{Genuine: v.Verdict == documents.VerdictGenuine, Changed: v.Verdict == documents.VerdictChanged,
		Title: v.Title, Workspace: v.Workspace, Signer: v.SignerName, SignedAt: when(v.SignedAt), CompletedAt: when(v.CompletedAt), SHA256: v.SHA256,
		Certified: v.Signature.Certified, Fingerprint: v.Signature.Fingerprint}
	if ts := v.Signature.Timestamp; ts != nil {
		r.TimestampedAt, r.TimestampBy = when(&ts.Time), ts.Authority
	}
	switch {
	case v.Signature.Valid:
		r.SignatureNote = z.T("documents.verify.signature_valid")
	case v.Signature.Problem != "":
		r.SignatureNote = v.Signature.Problem
	}
	return r
}

// renderVerify shows the page in the workspace's portal, or on the
// service's own site.
func (s *Server) renderVerify(c *fiber.Ctx, p VerifyPage) error {
	httpx.NoStore(c)
	if _, ok := currentWorkspace(c); ok {
		return page(c, pageVerify, p)
	}
	p.CSRF = csrfToken(c)
	return sitePage(c, siteVerify, p)
}
