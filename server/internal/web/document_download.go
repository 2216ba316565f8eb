package web

import (
	"fmt"
	"net/url"
	"strings"
	"unicode"

	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/documents"
)

// downloadOriginal answers GET /api/v1/documents/:id/original.
func (s *Server) downloadOriginal(c *fiber.Ctx) error {
	f, err := s.Documents.Original(c.UserContext(), workspaceID(c), c.Params("id"))
	if err != nil {
		return err
	}
	return sendPDF(c, f, "attachment", "")
}

// downloadFinal answers GET /api/v1/documents/:id/final.
func (s *Server) downloadFinal(c *fiber.Ctx) error {
	f, err := s.Documents.Final(c.UserContext(), workspaceID(c), c.Params("id"), documents.ActorOwner, docMeta(c))
	if err != nil {
		return err
	}
	return sendPDF(c, f, "attachment", " (signed)")
}

// sendPDF answers with a PDF to save (attachment) or to show (inline),
// named after the document's title.
func sendPDF(c *fiber.Ctx, f documents.File, disposition, suffix string) error {
	noStore(c)
	name := f.Title + suffix + ".pdf"
	c.Set(fiber.HeaderContentType, "application/pdf")
	c.Set(fiber.HeaderContentDisposition, fmt.Sprintf(`%s; filename="%s"; filename*=UTF-8''%s`,
		disposition, asciiFileName(name), url.PathEscape(name)))
	c.Set("X-Content-Type-Options", "nosniff")
	return c.Send(f.Data)
}

// asciiFileName keeps a file name safe for the plain filename parameter.
func asciiFileName(name string) string {
	out := strings.Map(func(r rune) rune {
		if r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune(" ._-()", r)) {
			return r
		}
		return '_'
	}, name)
	return strings.TrimSpace(out)
}
