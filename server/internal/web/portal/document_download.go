package portal

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/web/httpx"
)

// downloadDocumentForClient is the signer's one-click download of the final copy.
func (s *Server) downloadDocumentForClient(c *fiber.Ctx) error {
	w, _ := currentWorkspace(c)
	client := currentClient(c)
	v, err := s.Documents.ForSigner(c.UserContext(), w.ID, client.ID, c.Params("id"))
	if err != nil {
		return err
	}
	f, err := s.Documents.Final(c.UserContext(), w.ID, v.Document.ID, client.Email, httpx.DocMeta(c))
	if err != nil {
		return err
	}
	return httpx.SendPDF(c, f, "attachment", " (signed)")
}
