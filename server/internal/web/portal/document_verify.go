package portal

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/apperr"
	"clientportal/server/internal/documents"
	"clientportal/server/internal/pdf"
	"clientportal/server/internal/web/httpx"
)

// verifyDocument checks an uploaded PDF: a final copy made here, unchanged?
func (s *Server) verifyDocument(c *fiber.Ctx) error {
	p := VerifyPage{Layout: s.layout(c, s.lz(c).T("documents.verify.title"))}
	data, err := httpx.DocumentFile(c, "file", pdf.DefaultMaxBytes)
	var res documents.Verification
	if err == nil {
		res, err = s.Documents.Verify(c.UserContext(), data)
	}
	if err != nil {
		e := apperr.As(err)
		if e.Kind == apperr.Internal {
			return err
		}
		c.Status(httpx.StatusOf[e.Kind])
		p.Error = s.clientMessage(c, err)
		return s.renderVerify(c, p)
	}
	p.Result = verifyResult(s.lz(c), res)
	return s.renderVerify(c, p)
}
