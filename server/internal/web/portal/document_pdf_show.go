package portal

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/web/httpx"
)

// showDocumentPDF serves the original PDF to its signer's viewer.
func (s *Server) showDocumentPDF(c *fiber.Ctx) error {
	w, _ := currentWorkspace(c)
	v, err := s.Documents.ForSigner(c.UserContext(), w.ID, currentClient(c).ID, c.Params("id"))
	if err != nil {
		return err
	}
	f, err := s.Documents.Original(c.UserContext(), w.ID, v.Document.ID)
	if err != nil {
		return err
	}
	return httpx.SendPDF(c, f, "inline", "")
}
